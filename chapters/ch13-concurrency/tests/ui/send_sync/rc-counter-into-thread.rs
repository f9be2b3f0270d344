// Rc's count is updated without atomics, so an Rc may not cross to another thread.
use std::rc::Rc;
use std::thread;

fn main() {
    let hits = Rc::new(0);
    let hits2 = Rc::clone(&hits);
    thread::spawn(move || println!("{hits2}")).join().unwrap();
}
