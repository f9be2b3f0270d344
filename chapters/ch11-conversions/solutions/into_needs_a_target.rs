//! Chapter 11, solution of exercise `into_needs_a_target` (ledger: `exercise/into-needs-a-target`).
//!
//! Python's conversion names its target: `Celsius.from_fahrenheit(212.0)`. Rust's `.into()` does
//! not; it takes the target from the type the value is expected to have.

#[derive(Debug, PartialEq)]
struct Celsius(f64);
struct Fahrenheit(f64);

impl From<Fahrenheit> for Celsius {
    fn from(Fahrenheit(degrees): Fahrenheit) -> Celsius {
        Celsius((degrees - 32.0) * 5.0 / 9.0)
    }
}

fn boiling_point() -> f64 {
    // Solved: the annotation is the target `into()` converts to.
    let c: Celsius = Fahrenheit(212.0).into();
    c.0
}

fn main() {
    println!("{}", boiling_point());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn water_boils_at_100_celsius() {
        assert_eq!(boiling_point(), 100.0);
    }
}
