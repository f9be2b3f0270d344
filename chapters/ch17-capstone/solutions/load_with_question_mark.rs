//! Chapter 17, solution of exercise `load_with_question_mark` (ledger:
//! `exercise/question-mark-error-type`).

use std::fs;
use std::path::Path;

// Solved: `map_err` turns the `io::Error` into the `String` the function returns, so `?` has
// nothing left to convert. (The lecture's storage returns `Box<dyn Error>` instead, which every
// error type converts into.)
fn load_titles(path: &Path) -> Result<Vec<String>, String> {
    if !path.exists() {
        return Ok(Vec::new());
    }
    let content =
        fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
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
