//! Whether a test a claim names can prove it: the test must exist, and it must run under the
//! name the claim gives it. A Rust test marked `#[ignore]` never runs under `cargo test`, so it
//! proves nothing. A parametrized pytest runs only as its cases, each reported under its own id
//! (`test_x[case]`, as `pytest -v` prints it): a claim names one case, which is as precise as a
//! claim can be about one input, and never the bare function, which has no result of its own.

use std::fs;
use std::path::Path;

use super::defines;
use super::expect::{python_body, rust_body};

/// `test_x[case]` → (`test_x`, `Some("case")`); `test_x` → (`test_x`, `None`).
pub(super) fn pytest_function(test: &str) -> (&str, Option<&str>) {
    match test.split_once('[') {
        Some((function, case)) if case.ends_with(']') => (function, Some(&case[..case.len() - 1])),
        _ => (test, None),
    }
}

/// Why the Rust test function `name` of `file` cannot be a proof, if it cannot.
pub(super) fn rust_test(file: &Path, name: &str) -> Option<String> {
    let signature = format!("fn {name}(");
    if let Some(why) = defines(file, &signature) {
        return Some(why);
    }
    let body = rust_body(&fs::read_to_string(file).ok()?, name)?;
    let ignored = body
        .lines()
        .take_while(|line| !line.contains(&signature))
        .any(|line| line.trim_start().starts_with("#[ignore"));
    ignored.then(|| {
        "is marked #[ignore]: `cargo test` never runs it, so it proves nothing (remove the \
         #[ignore], or name a test that runs)"
            .to_string()
    })
}

/// Why the pytest `test` (a function, or one case of it) of `file` cannot be a proof, if it
/// cannot. Only a `parametrize` decorator on the function itself is seen here; cases made
/// otherwise (a parametrized fixture) are resolved by the run, which fails a name it never ran.
pub(super) fn pytest(file: &Path, test: &str) -> Option<String> {
    let (function, case) = pytest_function(test);
    if let Some(why) = defines(file, &format!("def {function}(")) {
        return Some(why);
    }
    let body = python_body(&fs::read_to_string(file).ok()?, function)?;
    let parametrized = body
        .lines()
        .take_while(|line| !line.trim_start().starts_with("def "))
        .any(|line| line.contains("parametrize"));
    (parametrized && case.is_none()).then(|| {
        format!(
            "is parametrized: pytest runs it only as its cases, each under its own id, so name \
             one as `pytest -v` prints it: `{function}[<case id>]`"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_case_id_is_split_from_its_function() {
        assert_eq!(pytest_function("test_x[a-1]"), ("test_x", Some("a-1")));
        assert_eq!(pytest_function("test_x"), ("test_x", None));
        assert_eq!(pytest_function("test_x[open"), ("test_x[open", None));
    }
}
