//! Chapter 5, exercise `unique_points`: points in a set
//! (ledger: `exercise/unique-points`).
//!
//! A frozen dataclass is hashable, so its instances go in a set:
//!
//! ```python
//! @dataclass(frozen=True)
//! class Point:
//!     x: int
//!     y: int
//!
//! def distinct(points: list[Point]) -> int:
//!     return len(set(points))
//! ```
//!
//! The translation below does not compile. Check your work with `cargo xtask exercise 5`;
//! stuck? `cargo xtask exercise 5 --hint`.

use std::collections::HashSet;

// TODO: a `HashSet` needs to hash its items and to tell equal ones apart. Give `Point` what the
// set asks for, so that `distinct` counts each point once.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

fn distinct(points: &[Point]) -> usize {
    let mut seen = HashSet::new();
    for point in points {
        seen.insert(*point);
    }
    seen.len()
}

fn main() {
    let visited = [
        Point { x: 0, y: 0 },
        Point { x: 1, y: 2 },
        Point { x: 0, y: 0 },
    ];
    println!("{} distinct points", distinct(&visited));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_points_count_once() {
        let visited = [
            Point { x: 0, y: 0 },
            Point { x: 1, y: 2 },
            Point { x: 0, y: 0 },
        ];
        assert_eq!(distinct(&visited), 2);
    }

    #[test]
    fn points_differing_in_one_coordinate_are_distinct() {
        let visited = [
            Point { x: 1, y: 2 },
            Point { x: 2, y: 1 },
            Point { x: 1, y: 3 },
        ];
        assert_eq!(distinct(&visited), 3);
    }

    #[test]
    fn no_points_no_distinct_points() {
        assert_eq!(distinct(&[]), 0);
    }
}
