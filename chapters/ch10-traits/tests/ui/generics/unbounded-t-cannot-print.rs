// `<T>` with no bound promises nothing about T, not even that it can be printed: the body may
// only move, borrow or drop a T. Python's unbounded TypeVar is bounded by `object`, so `str(x)`
// is allowed on it.
fn show_first<T>(items: &[T]) -> String {
    match items.first() {
        Some(item) => format!("{}", item),
        None => String::new(),
    }
}

fn main() {
    println!("{}", show_first(&[1, 2]));
}
