// The lecture's `vec![&Circle { radius: 5.0 }, ...]` compiles only because every field is a
// constant: the circle is promoted to a static. With a radius known only at run time, the circle
// is a temporary that dies at the end of the `let`, while the Vec still points at it.
trait HasArea {
    fn area(&self) -> f64;
}

struct Circle {
    radius: f64,
}

impl HasArea for Circle {
    fn area(&self) -> f64 {
        std::f64::consts::PI * self.radius * self.radius
    }
}

fn main() {
    let radius = std::env::args().count() as f64;
    let shapes: Vec<&dyn HasArea> = vec![&Circle { radius }];
    println!("{}", shapes[0].area());
}
