//! Each of the ledger's checks of the tree, shown to fail on a throwaway workspace: a check
//! that cannot fail would prove nothing.

use super::tests::Scratch;
use super::*;

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
