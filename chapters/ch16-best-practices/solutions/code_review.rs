//! Chapter 16, solution of exercise `code_review` (ledger: `exercise/code-review`).

// Solved: borrow the slice, index with `usize`, and let `.get` say "missing" with `None`.
fn get_name(names: &[String], index: usize) -> Option<&str> {
    names.get(index).map(String::as_str)
}

fn main() {
    let names = vec!["Alice".to_string(), "Bob".to_string()];
    match get_name(&names, 0) {
        Some(name) => println!("{name}"),
        None => println!("Not found"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_name_and_reports_a_missing_one() {
        let names = vec!["Alice".to_string(), "Bob".to_string()];
        assert_eq!(get_name(&names, 1), Some("Bob"));
        assert_eq!(get_name(&names, 2), None);
        assert_eq!(names.len(), 2);
    }
}
