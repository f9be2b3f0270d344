// The lecture's Dog among the shapes: it has no `impl HasArea`, so the list is refused before
// anything runs (Python finds out inside `total_area`, at the first `.area()`).
trait HasArea {
    fn area(&self) -> f64;
}

fn total_area(shapes: &[&dyn HasArea]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

struct Dog;

fn main() {
    println!("{}", total_area(&[&Dog {}]));
}
