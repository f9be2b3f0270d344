// Passing a Vec by value to `process` moves it into the function: the caller's `my_vec` is gone
// unless `process` hands it back, and printing it is refused.
fn process(mut data: Vec<i32>) -> Vec<i32> {
    data.push(42);
    data
}

fn main() {
    let my_vec = vec![1, 2, 3];
    process(my_vec);
    println!("{:?}", my_vec);
}
