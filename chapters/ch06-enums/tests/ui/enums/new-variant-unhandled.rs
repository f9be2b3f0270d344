// The lecture's Shape ("Rust Enums — Data-Carrying Variants", line 46 of
// ../shared/course/ch06-enums-and-pattern-matching.md) given the `Pentagon` its comment imagines, with every `match` left as it was. rustc names
// each `match` that misses it (E0004), and only those: `corners` ends in a wildcard arm, so it
// compiles and silently counts a pentagon's corners as 0.
enum Shape {
    Circle(f64),
    Rectangle(f64, f64),
    Triangle { base: f64, height: f64 },
    Pentagon(f64),
}

fn area(shape: &Shape) -> f64 {
    match shape {
        Shape::Circle(radius) => std::f64::consts::PI * radius * radius,
        Shape::Rectangle(width, height) => width * height,
        Shape::Triangle { base, height } => base * height / 2.0,
    }
}

fn kind(shape: &Shape) -> &'static str {
    match shape {
        Shape::Circle(_) => "circle",
        Shape::Rectangle(..) => "rectangle",
        Shape::Triangle { .. } => "triangle",
    }
}

fn corners(shape: &Shape) -> u32 {
    match shape {
        Shape::Rectangle(..) => 4,
        Shape::Triangle { .. } => 3,
        _ => 0,
    }
}

fn main() {
    let pentagon = Shape::Pentagon(1.0);
    println!(
        "{} {} {}",
        area(&pentagon),
        kind(&pentagon),
        corners(&pentagon)
    );
}
