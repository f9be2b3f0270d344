// A data race, written down: two scoped threads would push to the same Vec at once. Each closure
// needs `&mut data`, and two of them cannot exist together.
use std::thread;

fn main() {
    let mut data = vec![1, 2, 3];
    thread::scope(|s| {
        s.spawn(|| data.push(4));
        s.spawn(|| data.push(5));
    });
    println!("{data:?}");
}
