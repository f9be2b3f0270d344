//! Every `expect` is checked by something. A compile-fail or typecheck claim's are, by its
//! snapshots (`check_expect_codes`); any other claim's `expect` must appear verbatim in one of its
//! snapshots or in the source of one of its test proofs: the body of the Rust test function (with
//! its attributes, so `#[should_panic(expected = "…")]` counts) or of the pytest function.
//! Comment lines do not count: a string only a comment mentions is asserted by nothing.

use std::fs;

use super::{Problem, test_file};
use crate::ledger::{Claim, Kind, Proof};
use crate::workspace::Workspace;

/// What the author of a claim whose `expect` nothing checks should do, by the claim's kind.
fn hint(kind: Kind) -> &'static str {
    match kind {
        Kind::Measure => {
            "a measured figure is judged by its bench rule against `lecture_figure`, not by \
             `expect`: assert the string in one of the claim's Rust or pytest test proofs, or \
             drop it from `expect` (and say it in the `note`)"
        }
        Kind::Cited | Kind::NotHere => {
            "a cited or not-here claim runs no proof that could show it: drop the `expect` \
             (say it in the `note`)"
        }
        _ => {
            "write it verbatim (as in the test's source) in the body of one of the claim's Rust \
             or pytest test proofs, for instance in an assert, or change `expect` to a string the \
             test does assert, or drop it"
        }
    }
}

/// For claims other than compile-fail and typecheck: each `expect` that no snapshot of the claim
/// shows and no test body of the claim contains is a problem.
pub(super) fn check_expect_tested(
    ws: &Workspace,
    claim: &Claim,
    snapshots: &[String],
    problems: &mut Vec<Problem>,
) {
    if matches!(claim.kind, Kind::CompileFail | Kind::Typecheck) || claim.expect.is_empty() {
        return;
    }
    let snapshots: Vec<String> = snapshots
        .iter()
        .map(|s| fs::read_to_string(ws.root.join(s)).unwrap_or_default())
        .collect();
    let bodies: Vec<Option<String>> = claim
        .proofs()
        .iter()
        .filter_map(|proof| match proof {
            Proof::RustTest { file, test } => {
                let name = test.rsplit("::").next().unwrap_or(test);
                let text = fs::read_to_string(test_file(&ws.root.join(file), test));
                Some(text.ok().and_then(|text| rust_body(&text, name)))
            }
            Proof::PyTest { file, test } => {
                let text = fs::read_to_string(ws.root.join(file));
                let function = super::proofs::pytest_function(test).0;
                Some(text.ok().and_then(|text| python_body(&text, function)))
            }
            _ => None,
        })
        .collect();
    // A test proof that cannot be found is already a problem of its own; until it is fixed,
    // what its body would show is unknown.
    let Some(bodies) = bodies.into_iter().collect::<Option<Vec<String>>>() else {
        return;
    };
    let typechecked = claim
        .proofs()
        .iter()
        .any(|p| matches!(p, Proof::Typecheck { .. }));
    for expect in &claim.expect {
        if expect == "clean" && typechecked {
            continue; // An empty mypy snapshot, which `check_expect_codes` checks.
        }
        let in_snapshot = snapshots
            .iter()
            .any(|s| s.contains(expect.as_str()) || s.contains(&format!("[{expect}]")));
        let in_body = bodies.iter().any(|b| shows(b, expect));
        if !in_snapshot && !in_body {
            problems.push(Problem::ExpectUnchecked {
                id: claim.id.clone(),
                expect: expect.clone(),
                hint: hint(claim.kind),
            });
        }
    }
}

/// `expect` in `body` as written, or as it reads once a string literal's escapes are undone and
/// the `_` between a number's digits are gone (`1_000` is the literal of 1000 in both languages).
fn shows(body: &str, expect: &str) -> bool {
    let unescaped = body.replace("\\\"", "\"").replace("\\\\", "\\");
    body.contains(expect)
        || unescaped.contains(expect)
        || digits_joined(&unescaped).contains(expect)
}

fn digits_joined(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let digit = |i: usize| chars.get(i).is_some_and(char::is_ascii_digit);
    (0..chars.len())
        .filter(|&i| !(chars[i] == '_' && i > 0 && digit(i - 1) && digit(i + 1)))
        .map(|i| chars[i])
        .collect()
}

/// The lines of the Rust function `name`: its attributes, its signature and its body up to the
/// closing brace at its own indentation (the source is rustfmt's), comment lines left out.
pub(super) fn rust_body(text: &str, name: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let needle = format!("fn {name}(");
    let at = lines.iter().position(|l| l.contains(&needle))?;
    let indent = indentation(lines[at]);
    let closing = format!("{}}}", &lines[at][..indent]);
    let start = attributes_start(&lines, at);
    let end = if lines[at].trim_end().ends_with("{}") {
        at
    } else {
        (at + 1..lines.len())
            .find(|&i| lines[i].trim_end() == closing)
            .unwrap_or(lines.len() - 1)
    };
    Some(keep_code(&lines[start..=end], "//"))
}

/// The lines of the pytest function `name`: its decorators, its signature (which may span lines)
/// and its indented body.
pub(super) fn python_body(text: &str, name: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let needle = format!("def {name}(");
    let at = lines
        .iter()
        .position(|l| l.trim_start().starts_with(&needle))?;
    let indent = indentation(lines[at]);
    let start = attributes_start(&lines, at);
    let signature_end = signature_end(&lines, at);
    let end = (signature_end + 1..lines.len())
        .find(|&i| !lines[i].trim().is_empty() && indentation(lines[i]) <= indent)
        .unwrap_or(lines.len());
    Some(keep_code(&lines[start..end], "#"))
}

/// The line on which the signature that opens on line `at` closes: where its brackets, counted
/// outside string literals, are all closed again. The `) -> None:` of a signature that ruff
/// spreads over several lines sits at the `def`'s indentation, so it cannot end the body.
fn signature_end(lines: &[&str], at: usize) -> usize {
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    for (i, line) in lines.iter().enumerate().skip(at) {
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            match (quote, c) {
                (Some(_), '\\') => {
                    chars.next();
                }
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '#') => break,
                (None, '(' | '[' | '{') => depth += 1,
                (None, ')' | ']' | '}') => depth -= 1,
                (None, _) => {}
            }
        }
        quote = None;
        if depth <= 0 {
            return i;
        }
    }
    at
}

fn indentation(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// The first line of the attributes or decorators right above line `at` (back to a blank line).
fn attributes_start(lines: &[&str], at: usize) -> usize {
    let mut start = at;
    while start > 0 {
        let above = lines[start - 1].trim();
        if above.is_empty() || above.ends_with('}') || above.ends_with(';') {
            break;
        }
        start -= 1;
    }
    start
}

/// The lines that are not comments (a line whose first non-blank text is `comment`).
fn keep_code(lines: &[&str], comment: &str) -> String {
    lines
        .iter()
        .filter(|l| !l.trim_start().starts_with(comment) || l.trim_start().starts_with("#["))
        .copied()
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::super::tests::Scratch;
    use super::*;

    fn ledger(kind: &str, proof: &str, expect: &str) -> String {
        format!(
            "[[claim]]\nid = \"t/a\"\nsection = \"s\"\nsays = \"x\"\nside = \"rust\"\n\
             kind = \"{kind}\"\nproof = \"{proof}\"\nexpect = {expect}\nverdict = \"holds\"\n"
        )
    }

    fn unchecked(problems: &[Problem]) -> Vec<(&str, &str)> {
        problems
            .iter()
            .filter_map(|p| match p {
                Problem::ExpectUnchecked { expect, hint, .. } => Some((expect.as_str(), *hint)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_runtime_expect_must_be_in_a_test_body_and_a_cited_one_cannot_be() {
        let scratch = Scratch::new("expect-tested");
        scratch.write(
            "tests/t.rs",
            "#[test]\nfn answers() {\n    // \"43\" in a comment asserts nothing\n    \
             assert_eq!(answer(), 42_000);\n}\n",
        );
        let proof = "chapters/ch09-x/tests/t.rs::answers";
        let problems = scratch.check(&ledger("runtime", proof, "\"42000\""));
        assert_eq!(unchecked(&problems), [], "{problems:?}");
        let problems = scratch.check(&ledger("runtime", proof, "[\"42000\", \"43\"]"));
        assert_eq!(unchecked(&problems).len(), 1, "{problems:?}");
        assert_eq!(unchecked(&problems)[0].0, "43");
        let problems = scratch.check(&ledger("measure", "bench:k", "\"2 cycles\""));
        assert!(
            unchecked(&problems)[0].1.contains("bench rule"),
            "{problems:?}"
        );
        let problems = scratch.check(&ledger("cited", "a book", "\"p. 3\""));
        assert!(
            unchecked(&problems)[0].1.contains("drop the `expect`"),
            "{problems:?}"
        );
    }

    const RUST: &str = "#[test]\n#[should_panic(expected = \"attempt to add\")]\nfn overflows() {\n    \
        // \"only a comment\"\n    let s = \"say \\\"hi\\\"\";\n    assert!(s.len() > 0);\n}\n\n\
        #[test]\nfn other() {\n    assert_eq!(1, \"elsewhere\".len());\n}\n";

    #[test]
    fn a_rust_body_has_its_attributes_and_code_but_not_its_comments_nor_the_next_test() {
        let body = rust_body(RUST, "overflows").unwrap();
        assert!(shows(&body, "attempt to add"), "{body}");
        assert!(shows(&body, "say \"hi\""), "{body}");
        assert!(!shows(&body, "only a comment"), "{body}");
        assert!(!shows(&body, "elsewhere"), "{body}");
        assert!(shows("let n = 1_291_890;", "1291890"));
        assert!(!shows("let n = 1291_89;", "1291890"));
        assert_eq!(rust_body(RUST, "missing"), None);
    }

    #[test]
    fn a_python_body_ends_where_the_indentation_does() {
        let py = "import x\n\n\n@mark\ndef test_a():\n    # 'commented'\n    assert f() == 'A'\n\n    \
                  assert g()\n\n\ndef test_b():\n    assert h() == 'B'\n";
        let body = python_body(py, "test_a").unwrap();
        assert!(body.contains("'A'") && body.contains("@mark") && body.contains("g()"));
        assert!(
            !body.contains("'B'") && !body.contains("commented"),
            "{body}"
        );
    }

    #[test]
    fn a_python_body_whose_signature_spans_lines_goes_on_past_the_signature() {
        let py = "def test_a(\n    a: int,\n    b: str = \"(\",\n) -> None:\n    assert f(a) == 'A'\n\n\
                  \ndef test_b():\n    assert h() == 'B'\n";
        let body = python_body(py, "test_a").unwrap();
        assert!(body.contains("'A'"), "{body}");
        assert!(!body.contains("'B'"), "{body}");
    }
}
