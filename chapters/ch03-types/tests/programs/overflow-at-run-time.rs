// `255 + 1` in a `u8`, with operands the compiler cannot see (black_box): what happens is decided
// by the build's overflow checks, on in the dev profile, off in release.
use std::hint::black_box;

fn main() {
    let a: u8 = black_box(255);
    let b: u8 = black_box(1);
    println!("{}", a + b);
}
