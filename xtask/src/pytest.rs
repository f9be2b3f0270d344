//! pytest, run once over `python_equivalents/`, each test's outcome read from its `-v` line.

use std::time::Duration;

use crate::process::{Job, ProcessError};
use crate::python::PythonEnv;

const PYTEST_TIMEOUT: Duration = Duration::from_secs(15 * 60);

#[derive(Debug, thiserror::Error)]
pub enum PytestError {
    #[error(transparent)]
    Process(#[from] ProcessError),
    #[error("pytest did not run the tests (exit {code:?}):\n{output}")]
    NotRun { code: Option<i32>, output: String },
}

#[derive(Debug, Clone)]
pub struct PyTestOutcome {
    /// `python_equivalents/<file>::<test>`: the ledger's proof string.
    pub id: String,
    pub passed: bool,
    /// pytest's report for a failed test.
    pub details: String,
}

pub fn run(env: &PythonEnv) -> Result<Vec<PyTestOutcome>, PytestError> {
    let command = env.command(["-m", "pytest", "-v", "-p", "no:cacheprovider", "--color=no"]);
    let done = Job::new("pytest", command, PYTEST_TIMEOUT).run()?;
    let output = done.stdout();
    // 0: all passed; 1: some failed. Anything else (no tests, usage error, crash) is not a run.
    if !matches!(done.status.code(), Some(0 | 1)) {
        return Err(PytestError::NotRun {
            code: done.status.code(),
            output: done.combined(),
        });
    }
    Ok(parse(&output))
}

fn parse(output: &str) -> Vec<PyTestOutcome> {
    let sections = failure_sections(output);
    let mut found = Vec::new();
    for line in output.lines() {
        let mut words = line.split_whitespace();
        let (Some(id), Some(status)) = (words.next(), words.next()) else {
            continue;
        };
        if !id.contains("::") {
            continue;
        }
        let passed = match status {
            "PASSED" | "XFAIL" => true,
            "FAILED" | "ERROR" | "XPASS" => false,
            _ => continue,
        };
        let name = id.rsplit("::").next().unwrap_or(id);
        let details = if passed {
            String::new()
        } else {
            sections
                .iter()
                .find(|(title, _)| title == name || title.ends_with(&format!(".{name}")))
                .map(|(_, body)| body.clone())
                .unwrap_or_else(|| output.to_string())
        };
        found.push(PyTestOutcome {
            id: format!("python_equivalents/{id}"),
            passed,
            details,
        });
    }
    found
}

/// pytest's failure reports, each headed `____ test_name ____`.
fn failure_sections(output: &str) -> Vec<(String, String)> {
    let mut sections: Vec<(String, String)> = Vec::new();
    for line in output.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("___") && trimmed.ends_with("___") {
            let title = trimmed.trim_matches('_').trim().to_string();
            sections.push((title, String::new()));
        } else if trimmed.starts_with("===") {
            sections.push((String::new(), String::new()));
        } else if let Some((_, body)) = sections.last_mut() {
            body.push_str(line);
            body.push('\n');
        }
    }
    sections.retain(|(title, _)| !title.is_empty());
    sections
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcomes_and_failure_reports_are_read_from_verbose_output() {
        let output = "\
ch01/test_a.py::test_good PASSED                                  [ 50%]
ch01/test_a.py::test_bad FAILED                                   [100%]

=================================== FAILURES ===================================
___________________________________ test_bad ___________________________________
    assert 1 == 2
E   assert 1 == 2
=========================== short test summary info ============================
FAILED ch01/test_a.py::test_bad - assert 1 == 2
";
        let found = parse(output);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].passed);
        assert_eq!(found[1].id, "python_equivalents/ch01/test_a.py::test_bad");
        assert!(!found[1].passed);
        assert!(
            found[1].details.contains("assert 1 == 2"),
            "{}",
            found[1].details
        );
    }
}
