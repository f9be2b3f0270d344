//! What `cargo new` writes and what the cargo subcommands do, found out by running them in a
//! scratch directory (offline, each with a deadline). Ledger: `project/*`, `tools/*`, `cargo/*`.
mod common;
// The other scratch-directory tests, in this binary so that they share its test threads.
#[path = "cargo_tools/fragments.rs"]
mod fragments;
#[path = "cargo_tools/manifests_and_rustc.rs"]
mod manifests_and_rustc;
#[path = "cargo_tools/registry.rs"]
mod registry;

use chapter_02::tools::{Scratch, cargo, listing, read_file, run, tool, write_file};
use common::{cargo_fails, cargo_ok, new, scratch};

#[test]
fn cargo_new_writes_a_manifest_a_main_a_gitignore_and_a_git_repository() {
    let scratch = scratch("new");
    let project = new(&scratch, "myproject");
    assert_eq!(
        listing(&project).unwrap(),
        [".git/", ".gitignore", "Cargo.toml", "src/", "src/main.rs"]
    );
    assert_eq!(
        read_file(&project.join("Cargo.toml")).unwrap(),
        "[package]\nname = \"myproject\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n[dependencies]\n"
    );
    assert_eq!(
        read_file(&project.join("src/main.rs")).unwrap(),
        "fn main() {\n    println!(\"Hello, world!\");\n}\n"
    );
    assert_eq!(read_file(&project.join(".gitignore")).unwrap(), "/target\n");
}

#[test]
fn cargo_run_builds_into_target_debug_then_runs_and_writes_the_lock_file() {
    let scratch = scratch("run");
    let project = new(&scratch, "myproject");
    let ran = cargo_ok(&project, &["run"]);
    assert_eq!(ran.stdout, "Hello, world!\n");
    assert!(
        ran.stderr.contains("Compiling myproject v0.1.0"),
        "{}",
        ran.stderr
    );
    assert!(
        ran.stderr
            .contains("`dev` profile [unoptimized + debuginfo]"),
        "{}",
        ran.stderr
    );
    assert!(
        ran.stderr.contains("Running `target/debug/myproject`"),
        "{}",
        ran.stderr
    );
    assert!(project.join("target/debug/myproject").is_file());
    let lock = read_file(&project.join("Cargo.lock")).unwrap();
    assert!(lock.contains("name = \"myproject\""), "{lock}");
    // The binary runs on its own, without cargo: nothing to activate, no interpreter.
    let direct = run(tool(project.join("target/debug/myproject"), &project, &[])).unwrap();
    assert_eq!(direct.stdout, "Hello, world!\n");
    // What a built project holds: the lock file and target/ came with the first build.
    let top: Vec<String> = listing(&project)
        .unwrap()
        .into_iter()
        .filter(|entry| !entry.trim_end_matches('/').contains('/'))
        .collect();
    assert_eq!(
        top,
        [
            ".git/",
            ".gitignore",
            "Cargo.lock",
            "Cargo.toml",
            "src/",
            "target/"
        ]
    );
}

#[test]
fn a_hello_world_main_builds_then_runs_and_a_second_run_only_runs() {
    let scratch = scratch("hello");
    let project = new(&scratch, "myproject");
    // The lecture's greeting, capital W, in place of the one `cargo new` wrote.
    write_file(
        &project.join("src/main.rs"),
        "fn main() {\n    println!(\"Hello, World!\");\n}\n",
    )
    .unwrap();
    let first = cargo_ok(&project, &["run"]);
    assert_eq!(first.stdout, "Hello, World!\n");
    assert!(
        first.stderr.contains("Compiling myproject v0.1.0"),
        "{}",
        first.stderr
    );
    let second = cargo_ok(&project, &["run"]);
    assert_eq!(second.stdout, "Hello, World!\n");
    assert!(!second.stderr.contains("Compiling"), "{}", second.stderr);
    assert!(
        second.stderr.contains("Running `target/debug/myproject`"),
        "{}",
        second.stderr
    );
}

#[test]
fn cargo_build_calls_rustc_and_release_optimises_into_target_release() {
    let scratch = scratch("release");
    let project = new(&scratch, "myproject");
    let ran = cargo_ok(&project, &["build", "--release", "--verbose"]);
    assert!(
        ran.stderr.contains("Running `") && ran.stderr.contains("rustc --crate-name myproject"),
        "{}",
        ran.stderr
    );
    assert!(ran.stderr.contains("--edition=2024"), "{}", ran.stderr);
    assert!(ran.stderr.contains("opt-level=3"), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("`release` profile [optimized]"),
        "{}",
        ran.stderr
    );
    assert!(project.join("target/release/myproject").is_file());
}

#[test]
fn cargo_check_finds_a_type_error_and_builds_no_binary() {
    let scratch = scratch("check");
    let project = new(&scratch, "myproject");
    write_file(
        &project.join("src/main.rs"),
        "fn main() {\n    if false {\n        let n: i32 = \"never run\";\n        println!(\"{n}\");\n    }\n}\n",
    )
    .unwrap();
    let ran = cargo_fails(&project, &["check"]);
    assert!(
        ran.stderr.contains("error[E0308]: mismatched types"),
        "{}",
        ran.stderr
    );
    assert!(!project.join("target/debug/myproject").exists());
}

#[test]
fn cargo_test_runs_the_test_functions_and_fails_when_one_fails() {
    let scratch = scratch("test");
    let project = new(&scratch, "myproject");
    let tested = |body: &str| {
        write_file(
            &project.join("src/main.rs"),
            &format!("fn main() {{}}\n\nfn double(n: i32) -> i32 {{\n    n * 2\n}}\n\n#[test]\nfn doubles() {{\n    {body}\n}}\n"),
        )
        .unwrap();
        cargo(&project, &["test"]).unwrap()
    };
    let passing = tested("assert_eq!(double(2), 4);");
    assert!(passing.success, "{}", passing.stderr);
    assert!(
        passing.stdout.contains("test doubles ... ok"),
        "{}",
        passing.stdout
    );
    assert!(
        passing.stdout.contains("test result: ok. 1 passed"),
        "{}",
        passing.stdout
    );
    let failing = tested("assert_eq!(double(2), 5);");
    assert!(!failing.success);
    assert!(
        failing.stdout.contains("test doubles ... FAILED"),
        "{}",
        failing.stdout
    );
}

#[test]
fn cargo_fmt_rewrites_the_layout_and_its_check_mode_fails_first() {
    let scratch = scratch("fmt");
    let project = new(&scratch, "myproject");
    let main = project.join("src/main.rs");
    write_file(&main, "fn main(){let x=1;\nprintln!(\"{}\",x);}\n").unwrap();
    let check = cargo(&project, &["fmt", "--check"]).unwrap();
    assert_eq!(check.code, Some(1), "{}", check.stdout);
    assert!(check.stdout.contains("Diff in"), "{}", check.stdout);
    cargo_ok(&project, &["fmt"]);
    assert_eq!(
        read_file(&main).unwrap(),
        "fn main() {\n    let x = 1;\n    println!(\"{}\", x);\n}\n"
    );
    cargo_ok(&project, &["fmt", "--check"]);
}

#[test]
fn clippy_denies_a_correctness_lint_by_default_and_warns_on_style() {
    let scratch = scratch("clippy");
    let project = new(&scratch, "myproject");
    // `n == n` is always true: a bug, not a matter of style. `return` at the end is style.
    write_file(
        &project.join("src/main.rs"),
        "fn same(n: i32) -> bool {\n    return n == n;\n}\n\nfn main() {\n    println!(\"{}\", same(1));\n}\n",
    )
    .unwrap();
    let ran = cargo_fails(&project, &["clippy"]);
    assert!(
        ran.stderr.contains("#[deny(clippy::eq_op)]` on by default"),
        "{}",
        ran.stderr
    );
    assert!(
        ran.stderr
            .contains("#[warn(clippy::needless_return)]` on by default"),
        "{}",
        ran.stderr
    );
    // The same program is a valid program to rustc: the bug is clippy's to find.
    cargo_ok(&project, &["check"]);
}

#[test]
fn cargo_doc_writes_html_from_doc_comments() {
    let scratch = scratch("doc");
    let project = new(&scratch, "myproject");
    write_file(
        &project.join("src/main.rs"),
        "//! The first project of chapter two.\n\n/// Doubles a number, documented for `cargo doc`.\npub fn double(n: i32) -> i32 {\n    n * 2\n}\n\nfn main() {\n    println!(\"{}\", double(2));\n}\n",
    )
    .unwrap();
    cargo_ok(&project, &["doc", "--no-deps", "--document-private-items"]);
    let index = read_file(&project.join("target/doc/myproject/index.html")).unwrap();
    assert!(
        index.contains("The first project of chapter two."),
        "{index}"
    );
    let page = read_file(&project.join("target/doc/myproject/fn.double.html")).unwrap();
    assert!(page.contains("Doubles a number"), "{page}");
}

#[test]
fn cargo_add_edits_the_manifest_and_the_lock_file_and_builds_nothing() {
    let scratch = scratch("add");
    let library = scratch.path().join("greeting");
    cargo_ok(
        scratch.path(),
        &["new", "--lib", "--vcs", "none", "greeting"],
    );
    let app = new(&scratch, "app");
    cargo_ok(&app, &["add", "--path", library.to_str().unwrap()]);
    let manifest = read_file(&app.join("Cargo.toml")).unwrap();
    assert!(
        manifest.contains("greeting = { version = \"0.1.0\", path = "),
        "{manifest}"
    );
    assert!(app.join("Cargo.lock").is_file());
    assert!(!app.join("target").exists(), "cargo add compiled something");
}

/// Two copies of a library at different versions, and two projects, `old` needing version 1 and
/// `new` version 2. Version 1 is written in the 2015 edition: an edition-2024 app links it all
/// the same.
fn two_versions(scratch: &Scratch) -> [std::path::PathBuf; 2] {
    for (dir, version, edition) in [("v1", "1.0.0", "2015"), ("v2", "2.0.0", "2024")] {
        scratch
            .write(
                &format!("{dir}/Cargo.toml"),
                &format!(
                    "[package]\nname = \"greeting\"\nversion = \"{version}\"\nedition = \"{edition}\"\n"
                ),
            )
            .unwrap();
        scratch
            .write(
                &format!("{dir}/src/lib.rs"),
                &format!("pub fn hello() -> &'static str {{\n    \"greeting {version}\"\n}}\n"),
            )
            .unwrap();
    }
    [("old", "v1", "1.0.0"), ("new", "v2", "2.0.0")].map(|(app, dir, version)| {
        scratch
            .write(
                &format!("{app}/Cargo.toml"),
                &format!("[package]\nname = \"{app}\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n[dependencies]\ngreeting = {{ path = \"../{dir}\", version = \"{version}\" }}\n"),
            )
            .unwrap();
        scratch
            .write(
                &format!("{app}/src/main.rs"),
                "fn main() {\n    println!(\"{}\", greeting::hello());\n}\n",
            )
            .unwrap();
        scratch.path().join(app)
    })
}

#[test]
fn each_project_builds_its_own_version_of_a_dependency_with_no_environment() {
    let scratch = scratch("versions");
    let [old, new] = two_versions(&scratch);
    // Side by side on one machine, nothing created or activated: each its own version.
    assert_eq!(
        cargo_ok(&old, &["run", "--quiet"]).stdout,
        "greeting 1.0.0\n"
    );
    assert_eq!(
        cargo_ok(&new, &["run", "--quiet"]).stdout,
        "greeting 2.0.0\n"
    );
    for (app, version) in [(&old, "1.0.0"), (&new, "2.0.0")] {
        let lock = read_file(&app.join("Cargo.lock")).unwrap();
        assert!(
            lock.contains(&format!("name = \"greeting\"\nversion = \"{version}\"")),
            "{lock}"
        );
    }
    // A path dependency is "editable": a change to its source is in the next run.
    scratch
        .write(
            "v1/src/lib.rs",
            "pub fn hello() -> &'static str {\n    \"greeting 1.0.0, edited\"\n}\n",
        )
        .unwrap();
    let ran = cargo_ok(&old, &["run", "--quiet"]);
    assert_eq!(ran.stdout, "greeting 1.0.0, edited\n");
}

#[test]
fn dev_dependencies_are_compiled_for_tests_not_for_the_program() {
    let scratch = scratch("dev-deps");
    cargo_ok(
        scratch.path(),
        &["new", "--lib", "--vcs", "none", "testhelp"],
    );
    let app = new(&scratch, "app");
    let manifest = app.join("Cargo.toml");
    let text = read_file(&manifest).unwrap();
    write_file(
        &manifest,
        &format!("{text}\n[dev-dependencies]\ntesthelp = {{ path = \"../testhelp\" }}\n"),
    )
    .unwrap();
    let built = cargo_ok(&app, &["build"]);
    assert!(
        !built.stderr.contains("Compiling testhelp"),
        "{}",
        built.stderr
    );
    let tested = cargo_ok(&app, &["test", "--no-run"]);
    assert!(
        tested.stderr.contains("Compiling testhelp"),
        "{}",
        tested.stderr
    );
}
