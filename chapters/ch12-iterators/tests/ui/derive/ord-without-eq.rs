// The decorator table's `#[derive(PartialOrd, Ord)]` for @total_ordering, as printed: Ord needs
// Eq and PartialOrd needs PartialEq, which are not derived here.
#[derive(PartialOrd, Ord)]
struct Student {
    name: String,
    grade: i32,
}

fn main() {}
