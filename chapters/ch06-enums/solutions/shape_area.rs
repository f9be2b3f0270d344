//! Chapter 6, solution of exercise `shape_area`: the shape area calculator (ledger: `exercise/shape-area`).
//!
//! In Python a shape would be `Union[Circle, Rectangle, Triangle]`, and `area` a `match` (or a
//! chain of `isinstance`) that returns `None` for any shape it forgets:
//!
//! ```python
//! def area(shape: Shape) -> float:
//!     match shape:
//!         case Circle(radius=r):
//!             return math.pi * r * r
//!         case Rectangle(width=w, height=h):
//!             return w * h
//!     # a Triangle falls through: area(Triangle(3, 8)) is None
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/shape_area.rs`. Once yours passes,
//! `cargo xtask exercise 6 solution shape_area` shows this file.
use std::f64::consts::PI;

enum Shape {
    Circle(f64),         // the radius
    Rectangle(f64, f64), // the width, then the height
    Triangle(f64, f64),  // the base, then the height
}

impl Shape {
    // Solved. Without the `Triangle` arm the match is E0004 (`Shape::Triangle(_, _)` not
    // covered); a `_ => 0.0` arm would compile too, and hide the next shape someone adds.
    fn area(&self) -> f64 {
        match *self {
            Shape::Circle(radius) => PI * radius * radius,
            Shape::Rectangle(width, height) => width * height,
            Shape::Triangle(base, height) => base * height / 2.0,
        }
    }
}

/// The lines `main` prints: one `Area: …` per shape, two decimals.
fn report(shapes: &[Shape]) -> Vec<String> {
    shapes
        .iter()
        .map(|shape| format!("Area: {:.2}", shape.area()))
        .collect()
}

fn main() {
    let one_of_each = [
        Shape::Circle(5.0),
        Shape::Rectangle(4.0, 6.0),
        Shape::Triangle(3.0, 8.0),
    ];
    for line in report(&one_of_each) {
        println!("{line}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_shape_has_its_area() {
        assert!((Shape::Circle(1.0).area() - PI).abs() < 1e-12);
        assert_eq!(Shape::Rectangle(4.0, 6.0).area(), 24.0);
        assert_eq!(Shape::Triangle(3.0, 8.0).area(), 12.0);
    }

    #[test]
    fn main_prints_the_lectures_three_areas() {
        let one_of_each = [
            Shape::Circle(5.0),
            Shape::Rectangle(4.0, 6.0),
            Shape::Triangle(3.0, 8.0),
        ];
        assert_eq!(
            report(&one_of_each),
            ["Area: 78.54", "Area: 24.00", "Area: 12.00"]
        );
    }
}
