// The lecture's `process_file` block as printed: a fragment whose types and helpers are
// defined nowhere.
fn process_file(path: &str) -> Result<Data, AppError> {
    let text = fs::read_to_string(path)?;
    let data: Value = serde_json::from_str(&text)?;
    let validated = validate(&data)?;
    let result = transform(&validated)?;
    Ok(result)
}

fn main() {
    let _ = process_file("data.json");
}
