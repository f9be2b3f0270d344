// `print(x)` works on any Python object; `{}` needs `Display`, which `Vec` does not implement.
fn main() {
    let v = vec![1, 2, 3];
    println!("{}", v);
}
