// `Rc`'s count is not atomic, so an `Rc` may not cross to another thread; `Arc` may.
use std::rc::Rc;
use std::thread;

fn main() {
    let shared = Rc::new(vec![1, 2, 3]);
    let handle = thread::spawn(move || shared.len());
    println!("{}", handle.join().unwrap());
}
