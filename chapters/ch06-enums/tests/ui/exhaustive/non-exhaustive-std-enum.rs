// Every variant of `std::num::IntErrorKind` has an arm, and the match is still refused: the enum
// is `#[non_exhaustive]`, so code outside `core` must keep a wildcard for variants added later.
use std::num::IntErrorKind;

fn explain(kind: &IntErrorKind) -> &'static str {
    match kind {
        IntErrorKind::Empty => "empty",
        IntErrorKind::InvalidDigit => "not a digit",
        IntErrorKind::PosOverflow => "too large",
        IntErrorKind::NegOverflow => "too small",
        IntErrorKind::Zero => "zero",
    }
}

fn main() {
    if let Err(e) = "x".parse::<u8>() {
        println!("{}", explain(e.kind()));
    }
}
