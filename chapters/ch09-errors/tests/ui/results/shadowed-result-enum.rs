// The second mistake of the "The Two Result Variants" block (line 77 of
// ../shared/course/ch09-error-handling.md), once its `match` is inside `main`: the block declares
// its own `enum Result<T, E> { Ok(T), Err(E) }`, which shadows std's type name, while the bare
// `Ok` and `Err` in `divide` still name the prelude's variants of std's Result. Faithful because
// the declaration and the bare constructors are the lecture's; the body is ours.
enum Result<T, E> {
    Ok(T),
    Err(E),
}

fn divide(a: f64, b: f64) -> Result<f64, String> {
    if b == 0.0 { Err(String::from("Division by zero")) } else { Ok(a / b) }
}

fn main() {
    if let Result::Err(message) = divide(10.0, 0.0) {
        println!("Error: {message}");
    }
}
