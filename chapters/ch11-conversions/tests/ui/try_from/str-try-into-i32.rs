// Reproduces the first two lines of the lecture's Rust TryFrom block ("TryFrom — Fallible
// Conversions", line 128 of ch11-from-and-into-traits.md; the lines are its 132 and 133), as
// they are: text is parsed (FromStr), not tried (TryFrom), so `"42".try_into()` to an i32 fails.
use std::num::ParseIntError;

fn main() {
    let n: Result<i32, ParseIntError> = "42".try_into();
    let bad: Result<i32, ParseIntError> = "bad".try_into();
    println!("{n:?} {bad:?}");
}
