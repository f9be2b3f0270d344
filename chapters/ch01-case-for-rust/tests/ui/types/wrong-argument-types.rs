// Python runs `process_user("not-a-number", 42)` and fails later, inside the function.
// Rust refuses the call itself: both arguments have the wrong type.
use chapter_01::types::process_user;

fn main() {
    let _user = process_user("not-a-number", 42);
}
