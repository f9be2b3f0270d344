// The "Key Mental Shift for Python Developers" block (../shared/course/
// ch03-built-in-types-and-variables.md, lines 45-46) puts prose in its `#` Python lines:
// "different type — Python allows this too", "each `let` creates". Faithful: one `#` line with
// the lecture's em dash and backticks, characters Rust has no token for; rustc's lexer meets them
// before the parser meets the `#`, so these errors come first, as in the block as printed.
fn main() {
    let input = 42;
    # input — each `let` is new
    println!("{input}");
}
