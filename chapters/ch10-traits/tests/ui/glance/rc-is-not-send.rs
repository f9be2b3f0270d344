// Send is checked by the compiler: an Rc (a counter that is not atomic) cannot move to another
// thread. Python has no such marker; any object can be handed to any thread.
use std::rc::Rc;
use std::thread;

fn main() {
    let shared = Rc::new(vec![1, 2, 3]);
    let handle = thread::spawn(move || shared.len());
    println!("{}", handle.join().unwrap());
}
