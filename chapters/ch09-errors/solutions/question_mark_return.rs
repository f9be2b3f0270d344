//! Chapter 9, solution of exercise `question_mark_return` (ledger: `exercise/question-mark-return`).
use std::fs;
use std::io;

// Solved: the error is part of the return type, so `?` can return it, and every caller sees it.
fn count_lines(path: &str) -> Result<usize, io::Error> {
    let text = fs::read_to_string(path)?;
    Ok(text.lines().count())
}

fn main() {
    match count_lines("notes.txt") {
        Ok(n) => println!("{n} lines"),
        Err(e) => println!("cannot count: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_file_is_an_error_not_a_panic() {
        let error = count_lines("/nonexistent/ch09/notes.txt").unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::NotFound);
    }

    #[test]
    fn counts_the_lines_of_a_file() {
        let path = std::env::temp_dir().join(format!("ch09-lines-{}.txt", std::process::id()));
        fs::write(&path, "one\ntwo\nthree\n").unwrap();
        assert_eq!(count_lines(&path.to_string_lossy()).unwrap(), 3);
    }
}
