//! Cargo, run offline in scratch folders: `cargo add`, version requirements, features, the
//! lecture's workspace. Only crates this repository's Cargo.lock already holds are used, so a
//! machine that has built the workspace has them. Ledger: `cargo/*`, `workspace/*`.
mod support;

use std::path::Path;

use support::{Ran, Scratch, cargo, program};

fn ok(dir: &Path, args: &[&str]) -> Ran {
    let ran = cargo(dir, args);
    assert!(ran.success, "cargo {args:?} failed:\n{}", ran.stderr);
    ran
}

fn new_app(scratch: &Scratch) -> std::path::PathBuf {
    ok(scratch.path(), &["new", "--vcs", "none", "app"]);
    scratch.path().join("app")
}

/// The `version` of every `[[package]]` called `name` in a Cargo.lock.
fn locked_versions(lock: &str, name: &str) -> Vec<String> {
    let header = format!("name = \"{name}\"\nversion = \"");
    lock.match_indices(&header)
        .map(|(at, _)| {
            let rest = &lock[at + header.len()..];
            rest[..rest.find('"').unwrap()].to_string()
        })
        .collect()
}

#[test]
fn cargo_new_writes_edition_2024_not_2021() {
    let scratch = Scratch::new("edition");
    let app = new_app(&scratch);
    assert!(
        scratch
            .read("app/Cargo.toml")
            .contains(r#"edition = "2024""#),
        "{}",
        scratch.read("app/Cargo.toml")
    );
    assert!(app.join("src/main.rs").is_file());
}

#[test]
fn cargo_new_core_warns_about_the_standard_library_name_and_creates_it() {
    let scratch = Scratch::new("core-name");
    let created = ok(scratch.path(), &["new", "--vcs", "none", "core"]);
    assert!(
        created
            .stderr
            .contains("warning: package name `core` may be confused with the package with that name in Rust's standard library"),
        "{}",
        created.stderr
    );
    assert!(scratch.read("core/Cargo.toml").contains("name = \"core\""));
}

#[test]
fn cargo_add_edits_the_manifest_and_the_lock_and_builds_nothing() {
    let scratch = Scratch::new("add");
    let app = new_app(&scratch);
    let added = ok(&app, &["add", "itoa"]);
    assert!(added.stderr.contains("Adding itoa v1."), "{}", added.stderr);
    let manifest = scratch.read("app/Cargo.toml");
    // The newest version cargo knows, written in full: a caret requirement such as "1.0.19".
    let line = manifest
        .lines()
        .find(|l| l.starts_with("itoa = "))
        .expect(&manifest);
    let requirement = line.trim_start_matches("itoa = ").trim_matches('"');
    assert_eq!(requirement.split('.').count(), 3, "{line}");
    assert!(requirement.starts_with("1."), "{line}");
    let lock = scratch.read("app/Cargo.lock");
    assert_eq!(locked_versions(&lock, "itoa"), [requirement]);
    assert!(!app.join("target").exists(), "cargo add compiled something");
    assert!(!added.stderr.contains("Compiling"), "{}", added.stderr);
}

#[test]
fn a_requirement_of_0_9_stays_below_0_10_although_1_x_is_available() {
    let scratch = Scratch::new("caret");
    let app = new_app(&scratch);
    ok(&app, &["add", "toml@0.9"]);
    assert!(scratch.read("app/Cargo.toml").contains(r#"toml = "0.9""#));
    let versions = locked_versions(&scratch.read("app/Cargo.lock"), "toml");
    assert_eq!(versions.len(), 1, "{versions:?}");
    assert!(versions[0].starts_with("0.9."), "{versions:?}");
    // The same crate with the requirement "1" resolves to 1.x: both were there to choose from.
    ok(&app, &["add", "toml@1"]);
    let versions = locked_versions(&scratch.read("app/Cargo.lock"), "toml");
    assert!(versions[0].starts_with("1."), "{versions:?}");
}

#[test]
fn a_feature_switches_code_of_the_dependency_on() {
    let scratch = Scratch::new("features");
    scratch.write(
        "greeter/Cargo.toml",
        "[package]\nname = \"greeter\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n\
         [features]\nloud = []\n",
    );
    scratch.write(
        "greeter/src/lib.rs",
        "pub fn greet() -> &'static str {\n    \"hello\"\n}\n\n\
         #[cfg(feature = \"loud\")]\npub fn shout() -> &'static str {\n    \"HELLO\"\n}\n",
    );
    let app_manifest = |dependency: &str| {
        format!(
            "[package]\nname = \"app\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n\
             [dependencies]\ngreeter = {dependency}\n"
        )
    };
    scratch.write(
        "app/src/main.rs",
        "fn main() {\n    println!(\"{} {}\", greeter::greet(), greeter::shout());\n}\n",
    );
    let app = scratch.path().join("app");
    scratch.write("app/Cargo.toml", &app_manifest("{ path = \"../greeter\" }"));
    let without = cargo(&app, &["build"]);
    assert!(!without.success);
    assert!(
        without
            .stderr
            .contains("error[E0425]: cannot find function `shout` in crate `greeter`"),
        "{}",
        without.stderr
    );
    scratch.write(
        "app/Cargo.toml",
        &app_manifest("{ path = \"../greeter\", features = [\"loud\"] }"),
    );
    ok(&app, &["build"]);
    assert_eq!(
        program(&app.join("target/debug/app")).stdout,
        "hello HELLO\n"
    );
}

/// The lecture's workspace: a root manifest with `[workspace]` only, three members.
fn lecture_workspace(label: &str) -> Scratch {
    let scratch = Scratch::new(label);
    scratch.write(
        "Cargo.toml",
        "[workspace]\nmembers = [\n    \"core\",\n    \"api\",\n    \"cli\",\n]\n\n\
         [workspace.dependencies]\nserde = { version = \"1.0\", features = [\"derive\"] }\n\
         tokio = { version = \"1\", features = [\"full\"] }\n",
    );
    for (member, root) in [("core", "lib.rs"), ("api", "lib.rs"), ("cli", "main.rs")] {
        scratch.write(
            &format!("{member}/Cargo.toml"),
            &format!(
                "[package]\nname = \"{member}\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n\
                 [dependencies]\n"
            ),
        );
        let body = if root == "main.rs" {
            "fn main() {}\n"
        } else {
            ""
        };
        scratch.write(&format!("{member}/src/{root}"), body);
    }
    scratch
}

#[test]
fn the_lecture_workspace_builds_every_member_into_one_lock_and_warns_about_the_resolver() {
    let scratch = lecture_workspace("workspace");
    let built = ok(scratch.path(), &["build"]);
    for member in ["core", "api", "cli"] {
        assert!(
            built.stderr.contains(&format!("Compiling {member} v0.1.0")),
            "{}",
            built.stderr
        );
        assert!(!scratch.path().join(member).join("Cargo.lock").exists());
    }
    assert!(
        built
            .stderr
            .contains(r#"warning: virtual workspace defaulting to `resolver = "1"`"#),
        "{}",
        built.stderr
    );
    let lock = scratch.read("Cargo.lock");
    for member in ["core", "api", "cli"] {
        assert_eq!(locked_versions(&lock, member), ["0.1.0"]);
    }
    // With the resolver named, the warning goes.
    let manifest = scratch.read("Cargo.toml");
    scratch.write(
        "Cargo.toml",
        &manifest.replace("[workspace]\n", "[workspace]\nresolver = \"3\"\n"),
    );
    let quiet = ok(scratch.path(), &["build"]);
    assert!(!quiet.stderr.contains("resolver"), "{}", quiet.stderr);
}

#[test]
fn cargo_build_p_builds_one_member() {
    let scratch = lecture_workspace("one-member");
    let built = ok(scratch.path(), &["build", "-p", "core"]);
    assert!(
        built.stderr.contains("Compiling core v0.1.0"),
        "{}",
        built.stderr
    );
    assert!(!built.stderr.contains("Compiling api"), "{}", built.stderr);
    assert!(!built.stderr.contains("Compiling cli"), "{}", built.stderr);
}

/// The lecture's workspace with a package at its root too (not a virtual workspace).
fn rooted_workspace(label: &str) -> Scratch {
    let scratch = lecture_workspace(label);
    let manifest = scratch.read("Cargo.toml");
    scratch.write(
        "Cargo.toml",
        &format!(
            "[package]\nname = \"root\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n{manifest}"
        ),
    );
    scratch.write("src/lib.rs", "");
    scratch
}

#[test]
fn in_a_workspace_whose_root_is_a_package_cargo_build_builds_the_root_only() {
    let scratch = rooted_workspace("root-package");
    let built = ok(scratch.path(), &["build"]);
    assert!(
        built.stderr.contains("Compiling root v0.1.0"),
        "{}",
        built.stderr
    );
    assert!(!built.stderr.contains("Compiling core"), "{}", built.stderr);
    // `--workspace` builds every member again.
    let all = ok(scratch.path(), &["build", "--workspace"]);
    assert!(
        all.stderr.contains("Compiling core v0.1.0"),
        "{}",
        all.stderr
    );
}

#[test]
fn cargo_test_runs_every_member_and_p_api_runs_one_with_no_test_crate() {
    let scratch = lecture_workspace("test");
    for member in ["core", "api"] {
        scratch.write(
            &format!("{member}/src/lib.rs"),
            &format!("#[test]\nfn {member}_adds() {{\n    assert_eq!(2 + 2, 4);\n}}\n"),
        );
    }
    let all = ok(scratch.path(), &["test"]);
    assert!(
        all.stdout.contains("test core_adds ... ok"),
        "{}",
        all.stdout
    );
    assert!(
        all.stdout.contains("test api_adds ... ok"),
        "{}",
        all.stdout
    );
    let one = ok(scratch.path(), &["test", "-p", "api"]);
    assert!(
        one.stdout.contains("test api_adds ... ok"),
        "{}",
        one.stdout
    );
    assert!(!one.stdout.contains("core_adds"), "{}", one.stdout);
    // The harness is built in: the lock holds the three members and nothing else.
    let lock = scratch.read("Cargo.lock");
    assert_eq!(lock.matches("[[package]]").count(), 3, "{lock}");
}

#[test]
fn a_member_inherits_the_shared_version_and_features_with_dot_workspace() {
    let scratch = lecture_workspace("inherit");
    let manifest = scratch.read("core/Cargo.toml");
    scratch.write(
        "core/Cargo.toml",
        &format!("{manifest}serde.workspace = true\n"),
    );
    let tree = ok(
        scratch.path(),
        &["tree", "-p", "core", "-e", "features", "--depth", "1"],
    );
    assert!(
        tree.stdout.contains(r#"serde feature "derive""#),
        "{}",
        tree.stdout
    );
    let lock = scratch.read("Cargo.lock");
    assert!(
        locked_versions(&lock, "serde")[0].starts_with("1."),
        "{lock}"
    );
    // tokio is declared for the workspace but no member asks for it: it is not resolved.
    assert!(locked_versions(&lock, "tokio").is_empty(), "{lock}");
}

#[test]
fn cargo_all_is_a_deprecated_alias_of_workspace() {
    // It still works. Where the root is a package, plain `cargo clippy` checks the root only, and
    // `--all` every member (in a virtual workspace both would check all three).
    let scratch = rooted_workspace("all");
    let root_only = ok(scratch.path(), &["clippy"]);
    assert!(
        !root_only.stderr.contains("Checking core"),
        "{}",
        root_only.stderr
    );
    let linted = ok(scratch.path(), &["clippy", "--all"]);
    for member in ["core", "api", "cli"] {
        assert!(
            linted.stderr.contains(&format!("Checking {member} v0.1.0")),
            "{}",
            linted.stderr
        );
    }
    // And cargo's own help calls it deprecated: `cargo check --help`, to which `cargo clippy
    // --help` sends its reader for the package options, and `cargo build --help`.
    for command in ["check", "build"] {
        let help = ok(scratch.path(), &[command, "--help"]);
        let line = help
            .stdout
            .lines()
            .find(|l| l.trim_start().starts_with("--all "))
            .expect(&help.stdout);
        assert!(
            line.contains("Alias for --workspace (deprecated)"),
            "{command}: {line}"
        );
    }
}

#[test]
fn two_members_may_lock_two_incompatible_versions_of_one_crate() {
    let scratch = lecture_workspace("two-majors");
    // core and cli ask for compatible versions, api for an incompatible one.
    for (member, requirement) in [("core", "0.9"), ("api", "1"), ("cli", "0.9.5")] {
        let manifest = scratch.read(&format!("{member}/Cargo.toml"));
        scratch.write(
            &format!("{member}/Cargo.toml"),
            &format!("{manifest}toml = \"{requirement}\"\n"),
        );
    }
    ok(scratch.path(), &["generate-lockfile"]);
    let versions = locked_versions(&scratch.read("Cargo.lock"), "toml");
    // One 0.9.x shared by core and cli, one 1.x for api: three requirements, two versions.
    let series: Vec<&str> = versions
        .iter()
        .map(|v| {
            if v.starts_with("0.9.") {
                "0.9"
            } else {
                v.split('.').next().unwrap()
            }
        })
        .collect();
    assert_eq!(series, ["0.9", "1"], "{versions:?}");
}

#[test]
fn clippy_flags_a_glob_import_only_when_pedantic_lints_are_asked_for() {
    let scratch = Scratch::new("glob-lint");
    let app = new_app(&scratch);
    scratch.write(
        "app/src/main.rs",
        "mod shapes {\n    pub fn square(x: i32) -> i32 {\n        x * x\n    }\n}\n\n\
         use shapes::*;\n\nfn main() {\n    println!(\"{}\", square(3));\n}\n",
    );
    let default = ok(&app, &["clippy"]);
    assert!(!default.stderr.contains("wildcard"), "{}", default.stderr);
    let pedantic = ok(&app, &["clippy", "--", "-W", "clippy::pedantic"]);
    assert!(
        pedantic
            .stderr
            .contains("warning: usage of wildcard import"),
        "{}",
        pedantic.stderr
    );
}
