// The lecture's "two variants" block, with its top-level `match` moved into `main` (at the top
// level it is a syntax error: "expected item, found keyword `match`"). Its own `enum Result`
// shadows std's type, but `Ok` and `Err` still name the prelude's variants of std's Result.
enum Result<T, E> {
    Ok(T),
    Err(E),
}

fn divide(a: f64, b: f64) -> Result<f64, String> {
    if b == 0.0 {
        Err("Division by zero".to_string())
    } else {
        Ok(a / b)
    }
}

fn main() {
    match divide(10.0, 0.0) {
        Ok(result) => println!("Result: {result}"),
        Err(msg) => println!("Error: {msg}"),
    }
}
