// The exercise's list with the lock forgotten: shared ownership (Arc) but a RefCell instead of a
// Mutex. A RefCell's borrow flag is not thread-safe, so RefCell is not Sync and Arc<RefCell<_>>
// is not Send: spawning the thread is refused (E0277).
use std::cell::RefCell;
use std::sync::Arc;
use std::thread;

fn main() {
    let shared = Arc::new(RefCell::new(Vec::new()));
    let handle = {
        let shared = Arc::clone(&shared);
        thread::spawn(move || shared.borrow_mut().push(1))
    };
    handle.join().unwrap();
    println!("{:?}", shared.borrow());
}
