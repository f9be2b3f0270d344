//! The caret rule asked of cargo itself, offline: a path dependency may carry a `version`
//! requirement too, and cargo refuses the path crate when its version does not meet it. So a
//! local crate that calls itself reqwest 0.13.0 shows what `reqwest = "0.12"` admits without the
//! registry. Ledger: `cargo/add-version-constraint`, `cargo/versions-today`.
mod support;

use support::{Scratch, cargo};

/// Whether cargo accepts `name` at `version` for the requirement `requirement`.
fn cargo_admits(scratch: &Scratch, name: &str, requirement: &str, version: &str) -> bool {
    scratch.write(
        &format!("{name}/Cargo.toml"),
        &format!("[package]\nname = \"{name}\"\nversion = \"{version}\"\nedition = \"2024\"\n"),
    );
    scratch.write(&format!("{name}/src/lib.rs"), "");
    scratch.write(
        "app/Cargo.toml",
        &format!(
            "[package]\nname = \"app\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n\
             [dependencies]\n{name} = {{ path = \"../{name}\", version = \"{requirement}\" }}\n"
        ),
    );
    scratch.write("app/src/main.rs", "fn main() {}\n");
    let locked = cargo(&scratch.path().join("app"), &["generate-lockfile"]);
    if !locked.success {
        let refusal = format!("failed to select a version for the requirement `{name} = \"^");
        assert!(locked.stderr.contains(&refusal), "{}", locked.stderr);
    }
    locked.success
}

#[test]
fn cargo_keeps_the_lectures_requirements_below_the_next_leftmost_nonzero_change() {
    let scratch = Scratch::new("semver");
    // The lecture's lines, against the newest version inside and the first one beyond.
    let cases = [
        ("reqwest", "0.12", "0.12.28", true),
        ("reqwest", "0.12", "0.13.0", false),
        ("mockall", "0.13", "0.13.1", true),
        ("mockall", "0.13", "0.15.0", false),
        ("serde", "1.0", "1.0.229", true),
        ("serde", "1.0", "2.0.0", false),
        ("tokio", "1", "1.54.1", true),
        ("log", "0.4", "0.5.0", false),
    ];
    for (name, requirement, version, admitted) in cases {
        assert_eq!(
            cargo_admits(&scratch, name, requirement, version),
            admitted,
            "{name} = \"{requirement}\" at {version}"
        );
        // The chapter's model of the rule (src/manifest.rs) agrees with cargo.
        let range = chapter_08::manifest::caret_range(requirement).unwrap();
        let upper = range.rsplit('<').next().unwrap();
        assert_eq!(before(version, upper), admitted, "{range} and {version}");
    }
}

/// `version < upper`, comparing numbers part by part.
fn before(version: &str, upper: &str) -> bool {
    let parts = |v: &str| -> Vec<u64> { v.split('.').map(|p| p.parse().unwrap()).collect() };
    parts(version) < parts(upper)
}
