// Step 4 of "Incremental Adoption Strategy" (../shared/course/ch15-migration-patterns.md,
// line 310) is a schedule in English fenced as ```rust. Faithful: one line of such a schedule,
// opening as the lecture's lines do with a word and a range of weeks; rustc reads the word as the
// start of a path or a macro call and stops at the number.
Week 1-2: move the slowest function into Rust first

fn main() {}
