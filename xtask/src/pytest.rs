//! pytest, run once over `python_equivalents/`, each test's outcome read from its `-v` line.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use crate::ledger::{Claim, Proof};
use crate::process::{Job, ProcessError};
use crate::python::PythonEnv;

const PYTEST_TIMEOUT: Duration = Duration::from_secs(15 * 60);

#[derive(Debug, thiserror::Error)]
pub enum PytestError {
    #[error(transparent)]
    Process(#[from] ProcessError),
    #[error(
        "pytest did not run the tests (exit {code:?}), so no Python proof has a result; \
         its output:\n{output}"
    )]
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

/// Runs pytest on `paths`, relative to python_equivalents/ (`.` for all of it).
pub fn run(env: &PythonEnv, paths: &[String]) -> Result<Vec<PyTestOutcome>, PytestError> {
    let mut command = env.command(["-m", "pytest", "-v", "-p", "no:cacheprovider", "--color=no"]);
    command.args(paths);
    let done = Job::new("pytest", command, PYTEST_TIMEOUT).run()?;
    read(
        done.status.code(),
        &done.stdout(),
        &done.combined(),
        done.missing_module(),
    )
}

/// pytest's outcomes, if pytest really ran the tests. 0 is all passed and 1 some failed; but
/// `python -m pytest` without pytest installed also exits 1, and a run that collected nothing is
/// no result either: neither may be read as a verdict on the proofs.
fn read(
    code: Option<i32>,
    stdout: &str,
    combined: &str,
    missing: Option<String>,
) -> Result<Vec<PyTestOutcome>, PytestError> {
    let outcomes = parse(stdout);
    let ran = missing.is_none()
        && match code {
            Some(0) => !outcomes.is_empty(),
            Some(1) => outcomes.iter().any(|o| !o.passed),
            _ => false,
        };
    if !ran {
        return Err(PytestError::NotRun {
            code,
            output: combined.to_string(),
        });
    }
    Ok(outcomes)
}

/// The Python proofs (pytest tests, mypy cases) the claims name whose result is not among
/// `reported` (the names under which results were filed: `pytest::<proof>`, `typecheck::<case>`),
/// each with the claims that name it. A proof missing from the run must fail by its own name, or
/// the count of Python proofs could drop in silence while the rest pass.
pub fn unreported<'a>(
    claims: impl IntoIterator<Item = &'a Claim>,
    reported: &BTreeSet<&str>,
) -> BTreeMap<String, Vec<String>> {
    let mut named: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for claim in claims {
        for proof in claim.proofs() {
            if matches!(proof, Proof::PyTest { .. } | Proof::Typecheck { .. })
                && let Some(key) = proof.result_key()
                && !reported.contains(key.as_str())
            {
                named.entry(key).or_default().push(claim.id.clone());
            }
        }
    }
    named
}

fn parse(output: &str) -> Vec<PyTestOutcome> {
    let sections = failure_sections(output);
    let mut found = Vec::new();
    for line in output.lines() {
        let Some((id, rest)) = id_and_rest(line) else {
            continue;
        };
        let Some(status) = rest.split_whitespace().next() else {
            continue;
        };
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

/// `file.py::test_x[a b] PASSED [ 50%]` → (`file.py::test_x[a b]`, `PASSED [ 50%]`): a test's
/// id runs to the first space, or, for a case whose id holds spaces, to the `]` closing it.
fn id_and_rest(line: &str) -> Option<(&str, &str)> {
    let first_space = line.find(' ')?;
    let end = match line[..first_space].find('[') {
        Some(open) if !line[open..first_space].contains(']') => open + line[open..].find("] ")? + 1,
        _ => first_space,
    };
    let id = &line[..end];
    id.contains("::").then(|| (id, &line[end..]))
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

    #[test]
    fn each_case_of_a_parametrized_test_has_its_own_result_under_its_id() {
        let output = "\
ch09_x/test_p.py::test_doubles[one case] PASSED                            [ 50%]
ch09_x/test_p.py::test_doubles[two] FAILED                                 [100%]
";
        let found = parse(output);
        let ids: Vec<(&str, bool)> = found.iter().map(|o| (o.id.as_str(), o.passed)).collect();
        assert_eq!(
            ids,
            [
                (
                    "python_equivalents/ch09_x/test_p.py::test_doubles[one case]",
                    true
                ),
                (
                    "python_equivalents/ch09_x/test_p.py::test_doubles[two]",
                    false
                ),
            ]
        );
        // The key a ledger's proof naming one case looks its result up by.
        let proof = Proof::parse("python_equivalents/ch09_x/test_p.py::test_doubles[one case]");
        let key = proof.result_key().unwrap();
        assert_eq!(key, format!("pytest::{}", found[0].id));
    }

    #[test]
    fn pytest_not_installed_is_not_a_failed_run() {
        let said = "/venv/bin/python: No module named pytest\n";
        let err = read(Some(1), "", said, Some("pytest".into())).unwrap_err();
        assert!(
            matches!(err, PytestError::NotRun { code: Some(1), .. }),
            "{err}"
        );
        // Even unrecognised, an exit 1 with no failed test is no run.
        assert!(read(Some(1), "", said, None).is_err());
        assert!(read(Some(0), "no tests ran", "", None).is_err());
        let one = "ch01/test_a.py::test_good PASSED [100%]\n";
        assert_eq!(read(Some(0), one, one, None).unwrap().len(), 1);
    }

    #[test]
    fn a_named_python_proof_without_a_result_is_found_by_the_key_its_result_has() {
        let ledger: crate::ledger::Ledger = toml::from_str(
            "[[claim]]\nid = 'a/b'\nsection = 's'\nsays = 'x'\nside = 'python'\nkind = 'runtime'\n\
             proof = ['python_equivalents/ch01_x/test_a.py::test_ran', \
             'python_equivalents/ch01_x/test_a.py::test_vanished', \
             'python_equivalents/ch01_x/typecheck/case.py', 'chapters/ch01-x/tests/a.rs::t']\n\
             verdict = 'holds'\n",
        )
        .unwrap();
        // The name pytest's own report gives a test that ran: the same key the proof has.
        let ran = parse("ch01_x/test_a.py::test_ran PASSED [100%]\n");
        let name = format!("pytest::{}", ran[0].id);
        let reported = BTreeSet::from([name.as_str()]);
        let missing = unreported(&ledger.claims, &reported);
        let keys: Vec<&str> = missing.keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            [
                "pytest::python_equivalents/ch01_x/test_a.py::test_vanished",
                "typecheck::python_equivalents/ch01_x/typecheck/case.py"
            ]
        );
        assert_eq!(missing[keys[0]], ["a/b"]);
    }
}
