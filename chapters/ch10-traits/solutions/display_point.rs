//! Chapter 10, solution of exercise `display_point` (ledger: `std/display-manual`). Python's `__str__` and
//! `__repr__` both have defaults; in Rust, `{:?}` needs Debug (derivable) and `{}` needs Display,
//! which you write yourself.
use std::fmt;

#[derive(Debug)]
struct Point {
    x: f64,
    y: f64,
}

// Solved: Display written by hand; `{}` of an f64 prints `1` for 1.0, `{:?}` prints `1.0`.
impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

fn describe(point: &Point) -> String {
    format!("{point} is {point:?}")
}

fn main() {
    println!("{}", describe(&Point { x: 1.0, y: 2.5 }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_shows_the_coordinates_in_parentheses() {
        let point = Point { x: 1.0, y: 2.5 };
        assert_eq!(describe(&point), "(1, 2.5) is Point { x: 1.0, y: 2.5 }");
    }
}
