//! Chapter 5, solution of exercise `display_rectangle`: Python's `__str__`
//! (ledger: `exercise/display-rectangle`).
//!
//! ```python
//! @dataclass
//! class Rectangle:
//!     width: float
//!     height: float
//!
//!     def __str__(self) -> str:
//!         return f"Rectangle({self.width} x {self.height})"
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/display_rectangle.rs`. Once yours passes,
//! `cargo xtask exercise 5 solution display_rectangle` shows this file.

use std::fmt;

// Solved. `{}` needs `Display` (E0277 without it). Note the output: `{}` prints the f64 10.0 as
// `10`, where Python's f-string prints `10.0`.
#[derive(Debug)]
struct Rectangle {
    width: f64,
    height: f64,
}

impl fmt::Display for Rectangle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Rectangle({} x {})", self.width, self.height)
    }
}

fn describe(r: &Rectangle) -> String {
    format!("{r}")
}

fn main() {
    let r = Rectangle {
        width: 10.0,
        height: 5.0,
    };
    println!("{}", describe(&r));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_print_as_rust_prints_them() {
        let r = Rectangle {
            width: 10.0,
            height: 5.0,
        };
        assert_eq!(describe(&r), "Rectangle(10 x 5)");
    }

    #[test]
    fn fractions_keep_their_digits() {
        let r = Rectangle {
            width: 2.5,
            height: 0.1,
        };
        assert_eq!(describe(&r), "Rectangle(2.5 x 0.1)");
    }
}
