// `?` converts the error with `From`: an AppError that can be made from an io::Error but not
// from a serde_json::Error accepts the first `?` and refuses the second.
use std::fs;

#[derive(Debug)]
enum AppError {
    Io(std::io::Error),
}

impl From<std::io::Error> for AppError {
    fn from(e: std::io::Error) -> Self {
        AppError::Io(e)
    }
}

fn process_file(path: &str) -> Result<serde_json::Value, AppError> {
    let text = fs::read_to_string(path)?;
    let data: serde_json::Value = serde_json::from_str(&text)?;
    Ok(data)
}

fn main() {
    println!("{:?}", process_file("data.json"));
}
