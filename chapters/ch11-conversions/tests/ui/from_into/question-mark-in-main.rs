// Reproduces the last line of the lecture's "Rust From/Into" block (line 60 of
// ch11-from-and-into-traits.md), `let n: i32 = "42".parse()?;`, once its statements are put in
// a plain `fn main()`: a `?` in a function that returns `()`. The line is the lecture's; the
// `println!` only uses `n`, so that the `?` is the one thing rustc has to say something about.
fn main() {
    let n: i32 = "42".parse()?;
    println!("{n}");
}
