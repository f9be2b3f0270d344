// The lecture's two commented-out lines, as printed. Its comment blames Send/Sync; rustc does not.
use std::thread;

fn main() {
    let shared = vec![];
    thread::spawn(move || shared.push(1));
}
