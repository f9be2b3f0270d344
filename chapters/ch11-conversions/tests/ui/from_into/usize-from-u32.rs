// Lossless on every 64-bit target, yet no From: std only implements From where the conversion is
// lossless on every platform, and usize may be 16 bits wide.
fn main() {
    let index = usize::from(7u32);
    println!("{index}");
}
