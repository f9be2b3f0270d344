//! Chapter 2, exercise `exhaustive_match`: a `match` that forgets a variant (ledger:
//! `exercise/exhaustive-match`).
//!
//! Python's `match` lets a value that no `case` fits fall through without a word:
//!
//! ```python
//! def area(shape: Circle | Rectangle | Square) -> float:
//!     match shape:
//!         case Circle(radius=r):
//!             return math.pi * r * r
//!         case Rectangle(width=w, height=h):
//!             return w * h
//!     # a Square arrives here, and the function returns None
//! ```
//!
//! The translation below does not compile: rustc lists the variant it does not handle. Check
//! your work with `cargo xtask exercise 2`; stuck? `cargo xtask exercise 2 --hint`.

use std::f64::consts::PI;

enum Shape {
    Circle(f64),
    Rectangle(f64, f64),
    Square(f64),
}

// TODO: make `area` handle every `Shape`. Do not add a `_` arm: name the missing variant, so that
// the next variant someone adds is refused again until it is handled.
fn area(shape: &Shape) -> f64 {
    match shape {
        Shape::Circle(radius) => PI * radius * radius,
        Shape::Rectangle(width, height) => width * height,
    }
}

fn main() {
    println!("{}", area(&Shape::Square(2.0)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shape_has_an_area() {
        assert_eq!(area(&Shape::Rectangle(2.0, 3.0)), 6.0);
        assert_eq!(area(&Shape::Square(2.0)), 4.0);
        assert!((area(&Shape::Circle(1.0)) - PI).abs() < 1e-12);
    }
}
