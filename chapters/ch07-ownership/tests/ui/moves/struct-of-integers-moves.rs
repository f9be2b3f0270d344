// Moving is not about the heap: a struct of two integers owns no heap memory at all, yet it moves
// like a String, because it does not implement `Copy`.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let q = p;
    println!("{} {}", p.x, q.y);
}
