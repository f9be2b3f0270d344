// The lecture's TryFrom block, first two lines: text is parsed (FromStr), not tried (TryFrom).
use std::num::ParseIntError;

fn main() {
    let n: Result<i32, ParseIntError> = "42".try_into();
    let bad: Result<i32, ParseIntError> = "bad".try_into();
    println!("{n:?} {bad:?}");
}
