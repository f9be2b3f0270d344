//! Chapter 16, solution of exercise `code_review` (ledger: `exercise/code-review`).

// Solved: borrow the slice, index with `usize`, and let `.get` say "missing" with `None`.
fn get_name(names: &[String], index: usize) -> Option<&str> {
    names.get(index).map(String::as_str)
}

fn main() {
    let names = vec![String::from("Alice"), String::from("Bob")];
    for index in [0, 2] {
        let shown = get_name(&names, index).unwrap_or("(no one)");
        println!("{index}: {shown}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_name_and_reports_a_missing_one() {
        let names = vec![String::from("Alice"), String::from("Bob")];
        assert_eq!(get_name(&names, 1), Some("Bob"));
        assert_eq!(get_name(&names, 2), None);
        assert_eq!(names.len(), 2);
    }
}
