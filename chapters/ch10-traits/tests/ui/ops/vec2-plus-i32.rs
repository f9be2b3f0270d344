// Only `Vec2 + Vec2` is implemented, so rustc takes the right-hand side to be a Vec2 and the
// integer is a type mismatch (E0308), not a missing `Add<i32>` (E0277).
use std::ops::Add;

#[derive(Debug, Clone, Copy)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Add for Vec2 {
    type Output = Vec2;
    fn add(self, rhs: Vec2) -> Vec2 {
        Vec2 { x: self.x + rhs.x, y: self.y + rhs.y }
    }
}

fn main() {
    let a = Vec2 { x: 1.0, y: 2.0 };
    println!("{:?}", a + 5);
}
