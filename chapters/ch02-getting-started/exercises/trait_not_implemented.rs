//! Chapter 2, exercise `trait_not_implemented`: a method is not a trait (ledger:
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
//! The translation below does not compile. Check your work with `cargo xtask exercise 2`;
//! stuck? `cargo xtask exercise 2 --hint`.

trait Drawable {
    fn draw(&self) -> String;
}

struct Point {
    x: f64,
    y: f64,
}

// TODO: make `render(&Point { .. })` compile. `Point` has a `draw` method, but a trait is only
// implemented where the code says so.
impl Point {
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
