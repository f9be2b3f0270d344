//! Chapter 8, exercise `nominal_trait`: a trait is implemented by declaration (ledger:
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
//! Check your work with `cargo xtask exercise 8`; stuck? `cargo xtask exercise 8 --hint`.

trait Shape {
    fn area(&self) -> f64;
}

struct Rect {
    width: f64,
    height: f64,
}

// TODO: `Rect` has an `area` method, yet `total_area` refuses it. Make `Rect` a `Shape`.
impl Rect {
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
