// Plain f64s would add happily. Wrapped in newtypes, a distance and a time are different types,
// and mixing them is refused (ledger: newtype/distinct-types).
use std::ops::Add;

#[derive(Debug, Clone, Copy)]
struct Meters(f64);

#[derive(Debug, Clone, Copy)]
struct Seconds(f64);

impl Add for Meters {
    type Output = Meters;
    fn add(self, other: Meters) -> Meters {
        Meters(self.0 + other.0)
    }
}

fn main() {
    let total = Meters(100.0) + Seconds(9.58);
    println!("{total:?}");
}
