//! The ledger's checks of exercise templates, `#[path]` test modules and exercise metadata,
//! on throwaway workspaces.

use super::*;

/// A throwaway workspace holding one chapter, `ch09-x`.
pub(super) struct Scratch {
    pub(super) ws: Workspace,
    pub(super) chapter: Chapter,
}

impl Scratch {
    pub(super) fn new(tag: &str) -> Scratch {
        let root = std::env::temp_dir().join(format!(
            "xtask-ledger-{tag}-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let _ = fs::remove_dir_all(&root);
        let dir = root.join("chapters/ch09-x");
        fs::create_dir_all(&dir).unwrap();
        Scratch {
            chapter: Chapter {
                number: 9,
                dir_name: "ch09-x".into(),
                package: "chapter-09".into(),
                python_dir: root.join("python_equivalents/ch09_x"),
                dir,
            },
            ws: Workspace::at(root),
        }
    }

    pub(super) fn write(&self, rel: &str, text: &str) {
        let path = self.chapter.dir.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    pub(super) fn check(&self, claims: &str) -> Vec<Problem> {
        let ledger: Ledger = toml::from_str(claims).unwrap();
        check(&self.ws, &self.chapter, &ledger)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.ws.root);
    }
}

fn claim(kind: &str, proof: &str, expect: &str) -> String {
    format!(
        "[[claim]]\nid = \"exercise/a\"\nsection = \"s\"\nsays = \"x\"\nside = \"rust\"\n\
         kind = \"{kind}\"\nproof = \"{proof}\"\nexpect = \"{expect}\"\nverdict = \"holds\"\n"
    )
}

const TEMPLATE: &str = "chapters/ch09-x/exercises/a.rs";

#[test]
fn a_template_that_no_claim_names_is_an_orphan() {
    let scratch = Scratch::new("orphan");
    scratch.write("exercises/a.rs", "fn main() {}\n");
    scratch.write("exercises/a.rs.20240101-000000.bak", "fn main() {}\n");
    let problems = scratch.check("");
    assert!(
        problems.contains(&Problem::OrphanExercise(TEMPLATE.into())),
        "{problems:?}"
    );
    let orphans = problems
        .iter()
        .filter(|p| matches!(p, Problem::OrphanExercise(_)))
        .count();
    assert_eq!(orphans, 1, "a backup is not a template: {problems:?}");
}

#[test]
fn a_template_proof_needs_its_stderr_to_show_the_code() {
    let scratch = Scratch::new("stderr");
    scratch.write("exercises/a.rs", "fn main() { let x = 1; x = 2; }\n");
    let claims = claim("compile-fail", TEMPLATE, "E0384");
    let problems = scratch.check(&claims);
    assert!(
        problems.iter().any(|p| matches!(p,
            Problem::ProofMissing { why, .. } if why.contains(".stderr"))),
        "{problems:?}"
    );
    scratch.write("exercises/a.stderr", "error[E0384]: cannot assign twice\n");
    let problems = scratch.check(&claims);
    assert!(
        !problems.iter().any(|p| matches!(
            p,
            Problem::ProofMissing { .. }
                | Problem::ExpectNotShown { .. }
                | Problem::WrongProofKind { .. }
                | Problem::OrphanExercise(_)
        )),
        "{problems:?}"
    );
    let problems = scratch.check(&claim("compile-fail", TEMPLATE, "E0308"));
    assert!(
        problems
            .iter()
            .any(|p| matches!(p, Problem::ExpectNotShown { .. })),
        "{problems:?}"
    );
}

#[test]
fn a_test_inside_a_path_module_is_looked_up_in_its_file() {
    let scratch = Scratch::new("path-mod");
    scratch.write(
        "tests/solutions.rs",
        "#[allow(dead_code)] // why\n#[path = \"../solutions/a.rs\"]\nmod a;\n",
    );
    scratch.write("solutions/a.rs", "mod tests {\n    fn y_works() {}\n}\n");
    let proof = "chapters/ch09-x/tests/solutions.rs::a::tests::y_works";
    let problems = scratch.check(&claim("runtime", proof, "ok"));
    assert!(
        !problems
            .iter()
            .any(|p| matches!(p, Problem::ProofMissing { .. })),
        "{problems:?}"
    );
    let proof = "chapters/ch09-x/tests/solutions.rs::a::tests::nope";
    let problems = scratch.check(&claim("runtime", proof, "ok"));
    assert!(
        problems.iter().any(|p| matches!(p,
            Problem::ProofMissing { why, .. } if why.contains("fn nope("))),
        "{problems:?}"
    );
}

#[test]
fn broken_exercise_metadata_is_a_problem() {
    let scratch = Scratch::new("metadata");
    scratch.write("exercises/exercises.toml", "[[exercise]]\nnme = \"a\"\n");
    let problems = scratch.check("");
    assert!(
        problems
            .iter()
            .any(|p| matches!(p, Problem::Exercises(why) if why.contains("nme"))),
        "{problems:?}"
    );
}

#[test]
fn a_demo_named_like_another_chapters_binary_is_refused() {
    let scratch = Scratch::new("demo-name");
    scratch.write("Cargo.toml", "[package]\nname = \"chapter-09\"\n");
    scratch.write("src/bin/visibility.rs", "fn main() {}\n");
    let other = scratch.ws.root.join("chapters/ch02-y");
    fs::create_dir_all(other.join("src/bin")).unwrap();
    fs::write(
        other.join("Cargo.toml"),
        "[package]\nname = \"chapter-02\"\n",
    )
    .unwrap();
    fs::write(other.join("src/bin/visibility.rs"), "fn main() {}\n").unwrap();
    let problems = scratch.check("claim = []\n");
    let taken: Vec<_> = problems
        .iter()
        .filter(|p| matches!(p, Problem::DemoNameTaken { .. }))
        .collect();
    assert_eq!(taken.len(), 1, "{problems:?}");
    assert!(taken[0].to_string().contains("chapter-02"), "{}", taken[0]);
}
