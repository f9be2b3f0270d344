// The same block's Python lines also carry prose: "different type — Python allows this too".
// Faithful: one `#` line holding the lecture's em dash. rustc's lexer meets the dash before the
// parser meets the `#`, so this error is reported first, in the block as printed too.
fn main() {
    let input = 42;
    # input — Python rebinds it
    println!("{input}");
}
