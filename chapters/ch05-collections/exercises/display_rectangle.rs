//! Chapter 5, exercise `display_rectangle`: Python's `__str__`
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
//! `{}` in a format string asks for the type's `Display`, which a struct does not have until you
//! write it. The code below does not compile. Check your work with `cargo xtask exercise 5`;
//! stuck? `cargo xtask exercise 5 --hint`.

// TODO: make `describe` compile and return "Rectangle(10 x 5)" for a 10 by 5 rectangle: give
// `Rectangle` the trait that plays `__str__`'s part (not `Debug`, which prints every field).
#[derive(Debug)]
struct Rectangle {
    width: f64,
    height: f64,
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
