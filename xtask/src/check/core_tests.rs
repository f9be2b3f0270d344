//! Each of the ledger's checks of the tree, shown to fail on a throwaway workspace: a check
//! that cannot fail would prove nothing.

use super::tests::Scratch;
use super::*;
use crate::ledger::markdown_table;

const UI: &str = "chapters/ch09-x/tests/ui/types/wrong.rs";
const CASE: &str = "python_equivalents/ch09_x/typecheck/case.py";

fn entry(id: &str, kind: &str, proof: &str, expect: &str, verdict: &str) -> String {
    format!(
        "[[claim]]\nid = \"{id}\"\nsection = \"s\"\nsays = \"x\"\nside = \"rust\"\n\
         kind = \"{kind}\"\nproof = \"{proof}\"\nexpect = \"{expect}\"\nverdict = \"{verdict}\"\n"
    )
}

fn with_ui_test(scratch: &Scratch, stderr: &str) {
    scratch.write("tests/ui/types/wrong.rs", "fn main() {}\n");
    scratch.write("tests/ui/types/wrong.stderr", stderr);
}

#[test]
fn a_well_formed_ledger_has_no_problem() {
    let scratch = Scratch::new("core-ok");
    with_ui_test(&scratch, "error[E0308]: mismatched types\n");
    let problems = scratch.check(&entry("t/a", "compile-fail", UI, "E0308", "holds"));
    assert_eq!(problems, []);
}

#[test]
fn a_repeated_id_is_named() {
    let scratch = Scratch::new("core-dup");
    with_ui_test(&scratch, "error[E0308]: mismatched types\n");
    let one = entry("t/a", "compile-fail", UI, "E0308", "holds");
    let problems = scratch.check(&format!("{one}\n{one}"));
    assert!(
        problems.contains(&Problem::DuplicateId("t/a".into())),
        "{problems:?}"
    );
}

#[test]
fn an_erratum_without_a_note_is_named() {
    let scratch = Scratch::new("core-note");
    with_ui_test(&scratch, "error[E0308]: mismatched types\n");
    let problems = scratch.check(&entry("t/a", "compile-fail", UI, "E0308", "erratum"));
    assert!(
        problems.contains(&Problem::MissingNote {
            id: "t/a".into(),
            verdict: Verdict::Erratum
        }),
        "{problems:?}"
    );
}

#[test]
fn a_missing_proof_file_is_named() {
    let scratch = Scratch::new("core-missing");
    let problems = scratch.check(&entry("t/a", "compile-fail", UI, "E0308", "holds"));
    assert!(
        problems.iter().any(|p| matches!(p,
            Problem::ProofMissing { id, why, .. } if id == "t/a" && why == "does not exist")),
        "{problems:?}"
    );
}

#[test]
fn a_snapshot_without_the_expected_code_is_named() {
    let scratch = Scratch::new("core-code");
    with_ui_test(&scratch, "error[E0061]: this function takes 2 arguments\n");
    let problems = scratch.check(&entry("t/a", "compile-fail", UI, "E0308", "holds"));
    assert!(
        problems
            .iter()
            .any(|p| matches!(p, Problem::ExpectNotShown { id, .. } if id == "t/a")),
        "{problems:?}"
    );
}

#[test]
fn a_ui_test_no_claim_names_is_an_orphan() {
    let scratch = Scratch::new("core-orphan-ui");
    with_ui_test(&scratch, "error[E0308]: mismatched types\n");
    let problems = scratch.check("");
    assert!(
        problems.contains(&Problem::OrphanUiTest(UI.into())),
        "{problems:?}"
    );
}

#[test]
fn a_mypy_case_no_claim_names_is_an_orphan_and_clean_means_empty() {
    let scratch = Scratch::new("core-mypy");
    let case = scratch.ws.root.join(CASE);
    fs::create_dir_all(case.parent().unwrap()).unwrap();
    fs::write(&case, "x: int = 1\n").unwrap();
    fs::write(
        case.with_extension("mypy.txt"),
        "case.py:1: error: nope  [assignment]\n",
    )
    .unwrap();
    let orphans = scratch.check("");
    assert!(
        orphans.contains(&Problem::OrphanTypecheckCase(CASE.into())),
        "{orphans:?}"
    );
    let problems = scratch.check(&entry("t/m", "typecheck", CASE, "clean", "holds"));
    assert!(
        problems
            .iter()
            .any(|p| matches!(p, Problem::ExpectNotShown { id, .. } if id == "t/m")),
        "a case expected to be clean has a diagnostic: {problems:?}"
    );
    assert_eq!(
        scratch.check(&entry("t/m", "typecheck", CASE, "assignment", "holds")),
        []
    );
}

#[test]
fn a_demo_without_a_twin_and_a_twin_without_a_demo_are_named() {
    let scratch = Scratch::new("core-twins");
    scratch.write("src/bin/lonely.rs", "fn main() {}\n");
    let python = &scratch.chapter.python_dir;
    fs::create_dir_all(python).unwrap();
    fs::write(python.join("stray.py"), "").unwrap();
    fs::write(python.join("test_stray.py"), "").unwrap();
    let problems = scratch.check("");
    assert!(
        problems
            .iter()
            .any(|p| matches!(p, Problem::DemoWithoutTwin { demo, .. } if demo == "lonely")),
        "{problems:?}"
    );
    assert!(
        problems.contains(&Problem::TwinWithoutDemo(
            "python_equivalents/ch09_x/stray.py".into()
        )),
        "{problems:?}"
    );
    assert_eq!(problems.len(), 2, "test files are not twins: {problems:?}");
}

#[test]
fn a_stale_readme_table_is_named() {
    let scratch = Scratch::new("core-readme");
    with_ui_test(&scratch, "error[E0308]: mismatched types\n");
    let claims = entry("t/a", "compile-fail", UI, "E0308", "holds");
    let ledger: Ledger = toml::from_str(&claims).unwrap();
    let current = format!("{README_START}\n{}{README_END}\n", markdown_table(&ledger));
    scratch.write("README.md", &current);
    assert_eq!(scratch.check(&claims), []);
    scratch.write(
        "README.md",
        &format!("{README_START}\n| old |\n{README_END}\n"),
    );
    let problems = scratch.check(&claims);
    assert!(
        problems.contains(&Problem::ReadmeStale("chapters/ch09-x/README.md".into())),
        "{problems:?}"
    );
}

fn write_python(scratch: &Scratch, name: &str, text: &str) {
    let python = &scratch.chapter.python_dir;
    fs::create_dir_all(python).unwrap();
    fs::write(python.join(name), text).unwrap();
}

const PARAMETRIZED: &str = "import pytest\n\n\n@pytest.mark.parametrize(\"n\", [1, 2], ids=[\"one\", \
    \"two\"])\ndef test_doubles(n: int) -> None:\n    assert 2 * n == n + n\n";

#[test]
fn one_case_of_a_parametrized_pytest_is_a_proof_and_the_bare_name_is_refused() {
    let scratch = Scratch::new("core-param");
    write_python(&scratch, "test_p.py", PARAMETRIZED);
    let file = "python_equivalents/ch09_x/test_p.py";
    let proof = format!("{file}::test_doubles[one]");
    let problems = scratch.check(&entry("t/a", "runtime", &proof, "n + n", "holds"));
    assert_eq!(problems, [], "{problems:?}");
    // pytest reports only `test_doubles[one]` and `test_doubles[two]`: the bare name never
    // has a result of its own, so the check says which to write instead.
    let bare = format!("{file}::test_doubles");
    let problems = scratch.check(&entry("t/a", "runtime", &bare, "n + n", "holds"));
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        shown.len() == 1 && shown[0].contains("test_doubles[<case id>]"),
        "{shown:?}"
    );
    // A case of a test that does not exist is still missing.
    let other = format!("{file}::test_halves[one]");
    let problems = scratch.check(&entry("t/a", "runtime", &other, "n + n", "holds"));
    assert!(
        matches!(&problems[..], [Problem::ProofMissing { .. }]),
        "{problems:?}"
    );
}

#[test]
fn an_ignored_rust_test_named_as_a_proof_is_refused() {
    let scratch = Scratch::new("core-ignored");
    let source = "#[test]\n#[ignore = \"slow\"]\nfn sums() {\n    assert_eq!(1 + 1, 2);\n}\n\n\
                  #[test]\nfn runs() {\n    assert_eq!(1 + 1, 2);\n}\n";
    scratch.write("tests/t.rs", source);
    let proof = |test: &str| format!("chapters/ch09-x/tests/t.rs::{test}");
    let problems = scratch.check(&entry("t/a", "runtime", &proof("sums"), "1 + 1", "holds"));
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        shown.len() == 1 && shown[0].contains("#[ignore]"),
        "{shown:?}"
    );
    let problems = scratch.check(&entry("t/a", "runtime", &proof("runs"), "1 + 1", "holds"));
    assert_eq!(problems, [], "{problems:?}");
}
