//! The lecture's Cargo.toml read as data, and the caret rule the demo explains. Whether cargo
//! itself resolves that way is tests/cargo_tools.rs. Ledger: `cargo/*`.
use chapter_08::manifest::{LECTURE_MANIFEST, caret_range, dependencies, package_field};

#[test]
fn the_lecture_manifest_parses_with_its_dependencies_and_features() {
    let deps: Vec<(String, String)> = dependencies(LECTURE_MANIFEST, "dependencies")
        .unwrap()
        .into_iter()
        .map(|d| (d.name.clone(), d.line()))
        .collect();
    assert_eq!(
        deps,
        [
            ("log".to_string(), "0.4".to_string()),
            ("reqwest".to_string(), "0.12 features json".to_string()),
            ("serde".to_string(), "1.0 features derive".to_string()),
            ("tokio".to_string(), "1 features full".to_string()),
        ]
    );
    let dev = dependencies(LECTURE_MANIFEST, "dev-dependencies").unwrap();
    assert_eq!(dev[0].line(), "0.13");
    assert_eq!(package_field(LECTURE_MANIFEST, "edition").unwrap(), "2021");
}

#[test]
fn a_caret_requirement_admits_up_to_the_next_leftmost_nonzero_change() {
    let cases = [
        ("1.0", ">=1.0.0, <2.0.0"),
        ("1", ">=1.0.0, <2.0.0"),
        ("0.12", ">=0.12.0, <0.13.0"),
        ("0.4", ">=0.4.0, <0.5.0"),
        ("1.2.3", ">=1.2.3, <2.0.0"),
        ("0.0.3", ">=0.0.3, <0.0.4"),
        ("0.0", ">=0.0.0, <0.1.0"),
        ("0", ">=0.0.0, <1.0.0"),
    ];
    for (requirement, range) in cases {
        assert_eq!(caret_range(requirement).unwrap(), range, "{requirement}");
    }
    assert!(caret_range("1.x").is_err());
}
