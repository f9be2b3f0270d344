// Python accepts `process_user(None, "Alice")` and carries the None along.
// In Rust an `i64` is always a number: `None` belongs to `Option`, a different type.
use chapter_01::types::process_user;

fn main() {
    let _user = process_user(None, "Alice");
}
