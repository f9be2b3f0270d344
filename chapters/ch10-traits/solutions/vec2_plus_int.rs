//! Chapter 10, solution of exercise `vec2_plus_int` (ledger: `ops/vec2-plus-i32`). Python's `__add__`
//! receives any right-hand side at run time; Rust's `impl Add for Vec2` is `Add<Vec2>`, and any
//! other right-hand side needs its own impl.
use std::ops::Add;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Add for Vec2 {
    type Output = Vec2;

    fn add(self, rhs: Vec2) -> Vec2 {
        Vec2 {
            x: self.x + rhs.x,
            y: self.y + rhs.y,
        }
    }
}

// Solved: a second Add impl, for an i32 on the right; `f64::from` converts it without loss.
impl Add<i32> for Vec2 {
    type Output = Vec2;

    fn add(self, rhs: i32) -> Vec2 {
        let by = f64::from(rhs);
        Vec2 {
            x: self.x + by,
            y: self.y + by,
        }
    }
}

fn shift(v: Vec2, by: i32) -> Vec2 {
    v + by
}

fn main() {
    let a = Vec2 { x: 1.0, y: 2.0 };
    println!("{:?} {:?}", a + a, shift(a, 5));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adding_an_int_moves_both_coordinates() {
        assert_eq!(shift(Vec2 { x: 1.0, y: 2.0 }, 5), Vec2 { x: 6.0, y: 7.0 });
    }

    #[test]
    fn vec2_plus_vec2_still_works() {
        let a = Vec2 { x: 1.0, y: 2.0 };
        assert_eq!(a + Vec2 { x: 3.0, y: 4.0 }, Vec2 { x: 4.0, y: 6.0 });
    }
}
