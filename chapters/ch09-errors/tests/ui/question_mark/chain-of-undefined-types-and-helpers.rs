// Reproduces the `process_file` block of "Chaining with ?" (line 158 of
// ../shared/course/ch09-error-handling.md), a fragment the lecture presents as Rust: `Data`,
// `AppError`, `Value`, `validate` and `transform` are defined nowhere and `fs` is not imported.
// Faithful because it uses exactly those names, undefined as in the lecture, in a chain of `?`.
fn process_file(path: &str) -> Result<Data, AppError> {
    let data: Value = serde_json::from_str(&fs::read_to_string(path)?)?;
    transform(&validate(&data)?)
}

fn main() {
    drop(process_file("data.json"));
}
