// Reproduces the `process_file` block of "Chaining with ?" (line 158 of
// ../shared/course/ch09-error-handling.md), a fragment the lecture presents as Rust: `Data`,
// `AppError`, `Value`, `validate` and `transform` are defined nowhere and `fs` is not imported.
// Faithful because it uses exactly those names, undefined as in the lecture, in the same chain
// of four `?` (read, parse, validate, transform) ending in `Ok`.
fn process_file(path: &str) -> Result<Data, AppError> {
    let data: Value = serde_json::from_str(&fs::read_to_string(path)?)?;
    let checked = validate(&data)?;
    Ok(transform(&checked)?)
}

fn main() {
    drop(process_file("data.json"));
}
