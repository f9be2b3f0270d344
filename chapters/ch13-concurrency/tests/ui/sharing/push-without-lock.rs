// The data is inside the Mutex: there is no way to reach the Vec except through lock().
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let shared = Arc::new(Mutex::new(Vec::new()));
    let shared2 = Arc::clone(&shared);
    thread::spawn(move || shared2.push(1)).join().unwrap();
}
