// A Python thread may read any list in reach: the garbage collector keeps it alive for as long as
// anyone refers to it. A Rust thread may outlive the function that spawned it, so a closure that
// only borrows the function's local Vec is refused; `move` (or `thread::scope`) is the fix.
use chapter_01::gil::cpu_work;
use std::thread;

fn main() {
    let tasks: Vec<u64> = vec![1_000, 2_000, 3_000, 4_000];
    let handle = thread::spawn(|| tasks.iter().map(|&n| cpu_work(n)).sum::<u128>());
    println!("{}", handle.join().unwrap());
}
