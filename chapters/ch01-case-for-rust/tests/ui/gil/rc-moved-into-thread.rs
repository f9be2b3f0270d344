// CPython keeps every object's reference count correct across threads because the GIL lets one
// thread run at a time. `Rc` counts without atomics, so it is not `Send`: moving one into a thread
// is refused, and `Arc` (atomic counts) is the type to share.
use chapter_01::gil::cpu_work;
use std::rc::Rc;
use std::thread;

fn main() {
    let tasks = Rc::new(vec![1_000_u64, 2_000, 3_000, 4_000]);
    let handle = thread::spawn(move || tasks.iter().map(|&n| cpu_work(n)).sum::<u128>());
    println!("{}", handle.join().unwrap());
}
