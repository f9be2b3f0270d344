// The decorator table's row for @total_ordering (../shared/course/ch12-closures-and-iterators.md,
// "Python Decorator vs Rust Derive", line 403) gives `#[derive(PartialOrd, Ord)]` alone.
// Faithful: exactly those two derives on a plain struct; Ord needs Eq and PartialOrd needs
// PartialEq, and neither is derived.
#[derive(PartialOrd, Ord)]
struct Student {
    name: String,
    grade: i32,
}

fn main() {}
