// Python's RLock lets its owner lock again; std's reentrant lock exists but is unstable in 1.95.
use std::sync::ReentrantLock;

fn main() {
    let lock = ReentrantLock::new(0);
    let first = lock.lock();
    let second = lock.lock();
    println!("{} {}", *first, *second);
}
