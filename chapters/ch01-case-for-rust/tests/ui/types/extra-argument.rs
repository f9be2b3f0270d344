// Python finds an unexpected argument only when the call runs (a TypeError at call time).
// Rust counts the arguments of every call at compile time.
use chapter_01::types::process_user;

fn main() {
    let _user = process_user(1, "alice", true);
}
