// A literal that does not fit its type: the `overflowing_literals` lint, denied by default.
fn main() {
    let literal: u8 = 256;
    println!("{literal}");
}
