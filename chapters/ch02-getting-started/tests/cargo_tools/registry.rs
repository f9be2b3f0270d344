//! `cargo add` and `cargo update` against a registry, offline: a local registry in the scratch
//! directory (Cargo's `local-registry` source, standing in for crates.io through source
//! replacement) to which the test publishes versions of a crate. Ledger: `cargo/add`,
//! `cargo/new-doc-update`.
use std::path::{Path, PathBuf};

use crate::common::{new, scratch};
use chapter_02::tools::{Ran, Scratch, cargo_program, read_file, run, tool, write_file};

/// Publishes `greeting` `version` to the local registry under `scratch`: the packed crate beside
/// the index, and one line for it in the index, with the crate's SHA-256 that cargo checks.
fn publish(scratch: &Scratch, version: &str) {
    let source = format!("sources/greeting-{version}");
    scratch
        .write(
            &format!("{source}/Cargo.toml"),
            &format!(
                "[package]\nname = \"greeting\"\nversion = \"{version}\"\nedition = \"2024\"\n"
            ),
        )
        .unwrap();
    scratch
        .write(
            &format!("{source}/src/lib.rs"),
            &format!("pub fn hello() -> &'static str {{\n    \"greeting {version}\"\n}}\n"),
        )
        .unwrap();
    let script = r#"set -e
mkdir -p registry/index/gr/ee
tar -czf "registry/greeting-$1.crate" -C sources "greeting-$1"
sum=$(sha256sum "registry/greeting-$1.crate" | cut -d' ' -f1)
printf '{"name":"greeting","vers":"%s","deps":[],"cksum":"%s","features":{},"yanked":false}\n' \
    "$1" "$sum" >> registry/index/gr/ee/greeting"#;
    let ran = run(tool("sh", scratch.path(), &["-c", script, "sh", version])).unwrap();
    assert!(ran.success, "{}", ran.stderr);
}

/// An app whose crates.io is the local registry, with a cargo home of its own (the registry's
/// unpacked sources go there, not into the other tests' cargo home).
fn app_on_local_registry(scratch: &Scratch) -> PathBuf {
    let app = new(scratch, "app");
    let registry = scratch.path().join("registry");
    write_file(
        &app.join(".cargo/config.toml"),
        &format!(
            "[source.crates-io]\nreplace-with = \"local\"\n\n[source.local]\nlocal-registry = \"{}\"\n",
            registry.display()
        ),
    )
    .unwrap();
    write_file(
        &app.join("src/main.rs"),
        "fn main() {\n    println!(\"{}\", greeting::hello());\n}\n",
    )
    .unwrap();
    app
}

fn cargo_here(scratch: &Scratch, app: &Path, args: &[&str]) -> Ran {
    let mut all = vec!["--offline"];
    all.extend_from_slice(args);
    let mut command = tool(cargo_program(), app, &all);
    command.env("CARGO_HOME", scratch.path().join("cargo-home"));
    let ran = run(command).unwrap();
    assert!(ran.success, "cargo {args:?} failed:\n{}", ran.stderr);
    ran
}

fn locked_version(app: &Path) -> String {
    let lock = read_file(&app.join("Cargo.lock")).unwrap();
    let (_, after) = lock
        .split_once("name = \"greeting\"\nversion = \"")
        .unwrap();
    after.split('"').next().unwrap().to_string()
}

#[test]
fn cargo_add_writes_a_requirement_and_update_moves_only_the_lock_within_it() {
    let scratch = scratch("registry");
    publish(&scratch, "1.0.0");
    let app = app_on_local_registry(&scratch);

    // `cargo add` writes a caret requirement on the newest version and locks it; it builds nothing.
    cargo_here(&scratch, &app, &["add", "greeting"]);
    let manifest = read_file(&app.join("Cargo.toml")).unwrap();
    assert!(manifest.contains("greeting = \"1.0.0\""), "{manifest}");
    assert!(!app.join("target").exists(), "cargo add compiled something");
    assert_eq!(
        cargo_here(&scratch, &app, &["run", "--quiet"]).stdout,
        "greeting 1.0.0\n"
    );

    // Newer versions appear; the lock file keeps the build where it was until asked.
    publish(&scratch, "1.1.0");
    publish(&scratch, "2.0.0");
    assert_eq!(
        cargo_here(&scratch, &app, &["run", "--quiet"]).stdout,
        "greeting 1.0.0\n"
    );

    // `cargo update` moves the lock to the newest version "1.0.0" (meaning ^1.0.0) allows, and
    // names the one it may not take; Cargo.toml is untouched.
    let updated = cargo_here(&scratch, &app, &["update"]);
    assert!(
        updated
            .stderr
            .contains("Updating greeting v1.0.0 -> v1.1.0 (available: v2.0.0)"),
        "{}",
        updated.stderr
    );
    assert_eq!(locked_version(&app), "1.1.0");
    assert_eq!(read_file(&app.join("Cargo.toml")).unwrap(), manifest);
    assert_eq!(
        cargo_here(&scratch, &app, &["run", "--quiet"]).stdout,
        "greeting 1.1.0\n"
    );
}
