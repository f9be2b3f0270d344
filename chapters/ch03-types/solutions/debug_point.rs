//! Chapter 3, solution of exercise `debug_point`: printing your own type
//! (ledger: `formatting/derive-debug`).
//!
//! Python prints any object, with a default `repr` or a dataclass's:
//!
//! ```python
//! @dataclass
//! class Point:
//!     x: float
//!     y: float
//!
//! print(repr(Point(1.0, 2.0)))   # Point(x=1.0, y=2.0)
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/debug_point.rs`. Once yours passes,
//! `cargo xtask exercise 3 solution debug_point` shows this file.

// Solved. `{:?}` needs `Debug` (E0277 without it); the derive writes it from the fields.
#[derive(Debug)]
struct Point {
    x: f64,
    y: f64,
}

fn describe(p: &Point) -> String {
    format!("{p:?}")
}

fn main() {
    println!("{}", describe(&Point { x: 1.0, y: 2.0 }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_names_the_type_and_its_fields() {
        assert_eq!(
            describe(&Point { x: 1.0, y: 2.0 }),
            "Point { x: 1.0, y: 2.0 }"
        );
    }

    #[test]
    fn pretty_debug_puts_each_field_on_its_own_line() {
        let p = Point { x: 1.0, y: -0.5 };
        assert_eq!(format!("{p:#?}"), "Point {\n    x: 1.0,\n    y: -0.5,\n}");
    }
}
