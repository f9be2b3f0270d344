// `&` lends for reading only; changing the list needs `&mut` in the signature and at the call.
fn append(list: &Vec<i32>) {
    list.push(4);
}

fn main() {
    let list = vec![1, 2, 3];
    append(&list);
    println!("{list:?}");
}
