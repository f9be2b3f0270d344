// A method with the right name and signature is not enough: traits are nominal, the type must
// say `impl HasArea for Square`. A Python Protocol would accept Square as it is.
trait HasArea {
    fn area(&self) -> f64;
}

fn total_area(shapes: &[&dyn HasArea]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

struct Square {
    side: f64,
}

impl Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
}

fn main() {
    let square = Square { side: 2.0 };
    println!("{}", square.area());
    println!("{}", total_area(&[&square]));
}
