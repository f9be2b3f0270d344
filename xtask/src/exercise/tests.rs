use super::*;
use textbook_harness::Scratch;

fn chapter_one() -> (Workspace, Exercises) {
    let ws = Workspace::locate();
    let chapter = ws.chapter("1").unwrap();
    let exercises = Exercises::load(&chapter).unwrap();
    (ws, exercises)
}

const NAMES: [&str; 2] = ["moved_vec", "borrow_then_push"];

/// A throwaway chapter whose two exercises agree with its tree and its ledger: a template
/// and a solution each, a claim naming each template, the generated solutions driver.
fn fixture() -> (Scratch, Workspace, Exercises, Ledger) {
    let scratch = Scratch::new("xtask-exercises");
    let dir = "chapters/ch03-two-words";
    scratch.write(
        &format!("{dir}/Cargo.toml"),
        "[package]\nname = \"chapter-03\"\nversion = \"0.1.0\"\nedition = \"2024\"\n",
    );
    let (mut metadata, mut ledger) = (String::new(), String::new());
    for name in NAMES {
        scratch.write(&format!("{dir}/exercises/{name}.rs"), "fn main() { x }\n");
        scratch.write(&format!("{dir}/solutions/{name}.rs"), "fn main() {}\n");
        metadata.push_str(&format!(
            "[[exercise]]\nname = \"{name}\"\ntitle = \"t\"\nclaim = \"exercise/{name}\"\n\
             pristine = \"fnv1a64:0123456789abcdef\"\nhint = \"h\"\n\n"
        ));
        ledger.push_str(&format!(
            "[[claim]]\nid = \"exercise/{name}\"\nsection = \"s\"\nsays = \"x\"\n\
             side = \"rust\"\nkind = \"compile-fail\"\n\
             proof = \"{dir}/exercises/{name}.rs\"\nverdict = \"holds\"\n\n"
        ));
    }
    scratch.write(&format!("{dir}/exercises/exercises.toml"), &metadata);
    scratch.write(
        &format!("{dir}/tests/solutions.rs"),
        &solutions_driver(&NAMES),
    );
    let ws = Workspace::at(scratch.path()).with_target_dir(scratch.path().join("target"));
    let exercises = Exercises::load(&ws.chapter("3").unwrap()).unwrap();
    let ledger: Ledger = toml::from_str(&ledger).expect("a fixture ledger");
    (scratch, ws, exercises, ledger)
}

#[test]
fn the_todo_is_read_as_one_paragraph() {
    let source = "//! doc\n\n// TODO: first line\n// and the second.\nfn f() {}\n// later\n";
    assert_eq!(todo(source).unwrap(), "first line and the second.");
    assert_eq!(todo("fn f() {}"), None);
}

#[test]
fn exercises_are_found_by_any_spelling() {
    let (_scratch, _, exercises, _) = fixture();
    for query in [
        "moved_vec",
        "moved-vec",
        "moved_vec.rs",
        "exercises/moved_vec.rs",
    ] {
        assert_eq!(exercises.find(query).unwrap().name, "moved_vec", "{query}");
    }
    let err = exercises.find("nope").unwrap_err().to_string();
    assert!(err.contains("moved_vec, borrow_then_push"), "{err}");
}

#[test]
fn chapter_one_lists_the_lectures_three_exercises_first() {
    let (_, exercises) = chapter_one();
    let claims: Vec<&str> = exercises.list.iter().map(|e| e.claim.as_str()).collect();
    for claim in [
        "exercise/move",
        "exercise/none-upper",
        "exercise/thread-shared-vec",
    ] {
        assert!(claims.contains(&claim), "{claims:?}");
    }
    assert!(exercises.list.len() >= 5, "{claims:?}");
    assert!(exercises.list.iter().all(|e| !e.hint.trim().is_empty()));
}

#[test]
fn metadata_that_agrees_with_the_tree_and_the_ledger_has_no_problem() {
    let (_scratch, ws, exercises, ledger) = fixture();
    assert_eq!(exercises.validate(&ws, &ledger), Vec::<String>::new());
}

#[test]
fn an_unlisted_template_and_an_unknown_claim_are_reported() {
    let (_scratch, ws, mut exercises, ledger) = fixture();
    let mut removed = exercises.list.remove(0);
    removed.claim = "exercise/nothing-here".into();
    removed.crates = vec!["rand".into()];
    let problems = exercises.validate(&ws, &ledger).join("\n");
    assert!(
        problems.contains(&format!("{}.rs is a template that", removed.name)),
        "{problems}"
    );
    exercises.list.insert(0, removed);
    let problems = exercises.validate(&ws, &ledger).join("\n");
    assert!(problems.contains("`exercise/nothing-here`"), "{problems}");
    assert!(problems.contains("the crate `rand`"), "{problems}");
}

#[test]
fn an_unknown_key_is_rejected() {
    let err = toml::from_str::<Metadata>(
        "[[exercise]]\nname='a'\ntitle='t'\nclaim='c'\npristine='p'\nhint='h'\nhnit='x'\n",
    )
    .unwrap_err();
    assert!(err.to_string().contains("hnit"), "{err}");
}

#[test]
fn a_template_that_is_not_the_recorded_one_says_how_to_restore_or_record_it() {
    let (_scratch, _, exercises, _) = fixture();
    let path = "chapters/ch03-two-words/exercises/moved_vec.rs";
    let template = exercises.list[0].template(&exercises.chapter);
    let actual = fingerprint(&fs::read(&template).unwrap());
    let why = exercises
        .not_the_template(path)
        .expect("pristine is not the file's");
    assert!(
        why.contains("cargo xtask exercise 3 reset moved_vec"),
        "{why}"
    );
    assert!(why.contains(&format!("pristine = \"{actual}\"")), "{why}");
    assert!(
        why.contains("chapters/ch03-two-words/exercises/exercises.toml"),
        "{why}"
    );
    // The recorded template, or a path no exercise has, has nothing to say.
    let mut recorded = exercises.clone();
    recorded.list[0].pristine = actual;
    assert_eq!(recorded.not_the_template(path), None);
    let other = "chapters/ch03-two-words/exercises/elsewhere.rs";
    assert_eq!(exercises.not_the_template(other), None);
}
