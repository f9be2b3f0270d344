//! Chapter 2, solution of exercise `trait_not_implemented`: a method is not a trait (ledger:
//! `exercise/trait-not-implemented`).
//!
//! A `typing.Protocol` is satisfied by any class with the right methods:
//!
//! ```python
//! class Drawable(Protocol):
//!     def draw(self) -> str: ...
//!
//! @dataclass
//! class Point:
//!     x: float
//!     y: float
//!     def draw(self) -> str:
//!         return f"point at ({self.x}, {self.y})"
//!
//! def render(item: Drawable) -> str:
//!     return item.draw()
//!
//! render(Point(3.0, 4.0))  # mypy accepts it: Point never mentions Drawable
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/trait_not_implemented.rs`. Once yours passes, `cargo xtask exercise 2 solution trait_not_implemented` shows this file.

trait Drawable {
    fn draw(&self) -> String;
}

struct Point {
    x: f64,
    y: f64,
}

// Solved. Having a method called `draw` does not make `Point` a `Drawable` (E0277, the trait bound
// is not satisfied): a trait is implemented by name, in an `impl Drawable for Point` block. That
// is closer to subclassing an ABC than to a Protocol.
impl Drawable for Point {
    fn draw(&self) -> String {
        format!("point at ({}, {})", self.x, self.y)
    }
}

fn render(item: &impl Drawable) -> String {
    item.draw()
}

fn main() {
    println!("{}", render(&Point { x: 3.0, y: 4.0 }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_point_renders_through_the_trait() {
        assert_eq!(render(&Point { x: 3.0, y: 4.5 }), "point at (3, 4.5)");
    }
}
