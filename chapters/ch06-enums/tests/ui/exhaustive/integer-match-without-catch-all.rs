// The mistake the lecture's comment describes in "Rust's match — Compiler-Enforced" (line 164
// of ../shared/course/ch06-enums-and-pattern-matching.md): its `describe` without the `_` arm.
// Signature and arms are the lecture's, since they are the mistake: an `i32` has more values than
// 0 and 1, and rustc names the two ranges left over.
fn describe(value: i32) -> &'static str {
    match value {
        0 => "zero",
        1 => "one",
    }
}

fn main() {
    println!("{}", describe(42));
}
