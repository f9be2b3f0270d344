// Overflow the compiler can compute: `cargo build` rejects it (the `arithmetic_overflow` lint,
// denied by default), but `cargo check`, which stops before code generation, accepts it.
fn main() {
    let sum: u8 = 255 + 1;
    println!("{sum}");
}
