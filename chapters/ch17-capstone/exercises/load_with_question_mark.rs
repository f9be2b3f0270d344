//! Chapter 17, exercise `load_with_question_mark` (ledger: `exercise/question-mark-error-type`):
//! step 2's `load_tasks`, with the `String` error type step 3's parser uses.
//! Check your work with `cargo xtask exercise 17`; stuck? `cargo xtask exercise 17 --hint`.
//!
//! In Python: `path.read_text()` raises `FileNotFoundError` or `PermissionError`, and the caller
//! catches whichever it expects; nothing says which a function may raise.

use std::fs;
use std::path::Path;

// TODO: make `load_titles` compile. `?` hands the error back only if it can convert it into the
// function's error type, and there is no conversion from `std::io::Error` into `String`: turn
// the error into the message yourself, naming the file, before `?`.
fn load_titles(path: &Path) -> Result<Vec<String>, String> {
    if !path.exists() {
        return Ok(Vec::new());
    }
    let content = fs::read_to_string(path)?;
    Ok(content.lines().map(str::to_string).collect())
}

fn main() {
    println!("{:?}", load_titles(Path::new("titles.txt")));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_file_is_no_titles_and_an_unreadable_one_an_error_naming_it() {
        let dir = std::env::temp_dir().join(format!("ch17-titles-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        assert_eq!(load_titles(&dir.join("none.txt")), Ok(Vec::new()));
        let file = dir.join("titles.txt");
        fs::write(&file, "Write Rust\nShip it\n").unwrap();
        assert_eq!(load_titles(&file).unwrap(), ["Write Rust", "Ship it"]);
        // A directory exists but cannot be read as text: the error must say which path failed.
        let err = load_titles(&dir).unwrap_err();
        assert!(err.contains(&dir.display().to_string()), "{err}");
        fs::remove_dir_all(&dir).unwrap();
    }
}
