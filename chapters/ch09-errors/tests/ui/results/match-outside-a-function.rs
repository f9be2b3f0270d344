// Reproduces the mistake of the "The Two Result Variants" block (line 77 of
// ../shared/course/ch09-error-handling.md): its `match divide(10.0, 0.0) { … }` stands at the top
// level of the file, where only items may. Faithful because the `match` is the lecture's, on the
// lecture's `divide`; the block's own `enum Result` is left out (it is a second mistake, shown
// alone by shadowed-result-enum.rs), and the parser stops at the `match` before anything else runs.
fn divide(a: f64, b: f64) -> Result<f64, String> {
    if b == 0.0 { Err(String::from("Division by zero")) } else { Ok(a / b) }
}

match divide(10.0, 0.0) {
    Ok(result) => println!("Result: {result}"),
    Err(message) => println!("Error: {message}"),
}
