// The lecture's `find` (../shared/course/ch03-built-in-types-and-variables.md, line 388) is a
// stub that answers `Some(42)` whatever key it gets. Faithful: its signature, and a body that
// never reads `key`, the one thing rustc has to say about it.
fn find(key: &str) -> Option<i32> {
    let answer = 42;
    Some(answer)
}

fn main() {
    println!("{:?}", find("user"));
}
