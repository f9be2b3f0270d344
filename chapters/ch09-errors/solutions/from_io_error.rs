//! Chapter 9, solution of exercise `from_io_error` (ledger: `exercise/from-io-error`).
use std::fs;

use thiserror::Error;

#[derive(Debug, Error)]
enum AppError {
    // Solved: `#[from]` writes `impl From<std::io::Error> for AppError`, which `?` calls, and
    // makes the io::Error the `source()` of the AppError.
    #[error("IO error: {0}")]
    Io(#[from] std::io::Error),

    #[error("JSON error: {0}")]
    Json(#[from] serde_json::Error),
}

fn load_names(path: &str) -> Result<Vec<String>, AppError> {
    let data = fs::read_to_string(path)?;
    let names: Vec<String> = serde_json::from_str(&data)?;
    Ok(names)
}

fn main() {
    match load_names("names.json") {
        Ok(names) => println!("{names:?}"),
        Err(e) => println!("error: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::error::Error as _;

    fn scratch(name: &str, contents: &str) -> String {
        let dir = std::env::temp_dir().join(format!("ch09-from-io-{}-{name}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        fs::write(&path, contents).unwrap();
        path.to_string_lossy().into_owned()
    }

    #[test]
    fn a_missing_file_is_an_io_error_that_keeps_its_kind() {
        let error = load_names("/nonexistent/ch09/names.json").unwrap_err();
        assert!(matches!(&error, AppError::Io(e) if e.kind() == std::io::ErrorKind::NotFound));
        assert!(
            error.source().is_some(),
            "#[from] makes the io::Error the source"
        );
    }

    #[test]
    fn bad_json_is_a_json_error() {
        let path = scratch("bad.json", "[\"Ada\",");
        assert!(matches!(load_names(&path), Err(AppError::Json(_))));
    }

    #[test]
    fn a_good_file_gives_the_names() {
        let path = scratch("good.json", "[\"Ada\", \"Grace\"]");
        assert_eq!(load_names(&path).unwrap(), ["Ada", "Grace"]);
    }
}
