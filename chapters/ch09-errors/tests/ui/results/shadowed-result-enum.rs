// The second mistake of the "The Two Result Variants" block (line 77 of
// ../shared/course/ch09-error-handling.md), once its `match` is inside `main`: the block declares
// its own `enum Result<T, E> { Ok(T), Err(E) }`, which shadows std's type name, while the bare
// `Ok` and `Err` (in `divide` and in the `match` patterns alike) still name the prelude's
// variants of std's Result. Faithful because the declaration, the bare constructors and the
// patterns are the lecture's; the bodies are ours.
enum Result<T, E> {
    Ok(T),
    Err(E),
}

fn divide(a: f64, b: f64) -> Result<f64, String> {
    if b == 0.0 { Err(String::from("Division by zero")) } else { Ok(a / b) }
}

fn main() {
    match divide(10.0, 0.0) {
        Ok(result) => println!("Result: {result}"),
        Err(message) => println!("Error: {message}"),
    }
}
