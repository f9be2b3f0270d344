//! Chapter 8, solution of exercise `nominal_trait`: a trait is implemented by declaration (ledger:
//! `traits/nominal-not-structural`).
//!
//! With `typing.Protocol`, a class that has the right methods is accepted, declared or not:
//!
//! ```python
//! class Shape(Protocol):
//!     def area(self) -> float: ...
//!
//! class Rect:  # no mention of Shape
//!     def area(self) -> float:
//!         return self.width * self.height
//!
//! total_area([Rect(2.0, 5.0)])  # mypy: fine
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/nominal_trait.rs`.

trait Shape {
    fn area(&self) -> f64;
}

struct Rect {
    width: f64,
    height: f64,
}

// Solved. A method with the right name and signature is not enough (E0277): the `impl Shape for
// Rect` line is what makes `Rect` a `Shape`. The method moves into that block.
impl Shape for Rect {
    fn area(&self) -> f64 {
        self.width * self.height
    }
}

fn total_area(shapes: &[&dyn Shape]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn main() {
    let rect = Rect {
        width: 2.0,
        height: 5.0,
    };
    println!("{}", total_area(&[&rect]));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rect_counts_as_a_shape() {
        let rect = Rect {
            width: 2.0,
            height: 5.0,
        };
        assert_eq!(total_area(&[&rect, &rect]), 20.0);
    }
}
