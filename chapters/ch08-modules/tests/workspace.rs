//! This repository is a Cargo workspace: one root manifest, one Cargo.lock, members that inherit
//! from it. Ledger: `workspace/*`.
use chapter_08::workspace::{facts, inherited_keys, lock_files, repository_root};

#[test]
fn this_repository_has_one_lock_file_at_the_root_and_none_in_its_members() {
    assert_eq!(lock_files(&repository_root()).unwrap(), ["Cargo.lock"]);
}

#[test]
fn this_repository_is_a_virtual_workspace_whose_members_include_this_chapter() {
    let facts = facts(&repository_root()).unwrap();
    assert!(!facts.has_root_package);
    assert!(facts.members.iter().any(|m| m == "chapters/*"), "{facts:?}");
    assert_eq!(facts.resolver.as_deref(), Some("3"));
    assert!(facts.shared_dependencies > 0);
}

#[test]
fn this_chapter_takes_its_edition_and_dependency_versions_from_the_workspace() {
    let manifest = repository_root().join("chapters/ch08-modules/Cargo.toml");
    let inherited = inherited_keys(&manifest).unwrap();
    for key in [
        "package.edition",
        "dependencies.toml",
        "dev-dependencies.textbook-harness",
        "lints",
    ] {
        assert!(
            inherited.iter().any(|k| k == key),
            "{key} not in {inherited:?}"
        );
    }
}
