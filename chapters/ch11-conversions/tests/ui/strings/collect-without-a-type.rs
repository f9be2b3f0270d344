// `list(iter)` always builds a list; `collect` can build many types and must be told which.
fn main() {
    let squares = (1..4).map(|n| n * n).collect();
    println!("{squares:?}");
}
