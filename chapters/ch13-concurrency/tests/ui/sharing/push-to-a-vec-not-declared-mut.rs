// The commented-out lines of "Rust — Compile-Time Errors" (../shared/course/ch13-concurrency.md,
// line 125): a Vec bound without `mut`, moved into a thread that pushes to it. Faithful because
// the binding, the `move` closure and the push are the lecture's and nothing else is added; the
// lecture blames Send/Sync, rustc stops at the missing `mut`.
use std::thread;

fn main() {
    let shared = vec![];
    thread::spawn(move || shared.push(1));
}
