// Habit 6: without `#[derive(PartialEq, Debug)]`, `assert_eq!` cannot compare two points.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 1, y: 2 };
    assert_eq!(a, b);
    println!("{} {}", a.x, b.y);
}
