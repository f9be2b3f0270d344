// A Vec moved into one thread is fine (Vec<i32> is Send); what fails is using it afterwards.
use std::thread;

fn main() {
    let mut shared = vec![];
    let handle = thread::spawn(move || shared.push(1));
    handle.join().unwrap();
    println!("{shared:?}");
}
