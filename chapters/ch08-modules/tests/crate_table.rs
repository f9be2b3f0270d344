//! The rows of the lecture's crate table checked offline: those that name the standard library or
//! a language feature with rustc and nothing else, and the crates this workspace itself locks
//! (serde, serde_json, clap) by what `cargo info` reads from their packages in cargo's cache. The
//! other crate rows are cited: those crates are not among the ones every machine that builds this
//! workspace has. Ledger: `crates/*`.
mod support;

use std::fs;

use support::{Scratch, cargo, program, rustc};

#[test]
fn std_alone_handles_paths_files_and_processes_with_no_crate() {
    let scratch = Scratch::new("std-rows");
    // Plain rustc, no --extern, no Cargo.toml: only the standard library is there to use.
    scratch.write(
        "main.rs",
        "use std::path::Path;\nuse std::process::Command;\n\n\
         fn main() {\n    let path = Path::new(\"notes\").join(\"today.txt\");\n    \
         std::fs::create_dir_all(\"notes\").unwrap();\n    \
         std::fs::write(&path, \"tea\").unwrap();\n    \
         let text = std::fs::read_to_string(&path).unwrap();\n    \
         let echoed = Command::new(\"echo\").arg(&text).output().unwrap();\n    \
         print!(\"path={} ext={:?} echo={}\", path.display(), path.extension().unwrap(), \
         String::from_utf8_lossy(&echoed.stdout));\n}\n",
    );
    let built = rustc(scratch.path(), "main.rs");
    assert!(built.success, "{}", built.stderr);
    let mut run = std::process::Command::new(scratch.path().join("out"));
    run.current_dir(scratch.path());
    let ran = support::run(run);
    assert_eq!(
        ran.stdout, "path=notes/today.txt ext=\"txt\" echo=tea\n",
        "{}",
        ran.stderr
    );
}

#[test]
fn std_fs_copy_copies_one_file_and_refuses_a_folder() {
    let scratch = Scratch::new("copytree");
    scratch.write("tree/a.txt", "a");
    scratch.write("tree/sub/b.txt", "b");
    let from = scratch.path().join("tree");
    fs::copy(from.join("a.txt"), scratch.path().join("a-copy.txt")).unwrap();
    assert_eq!(scratch.read("a-copy.txt"), "a");
    // shutil.copytree has no counterpart: fs::copy takes regular files only.
    let refused = fs::copy(&from, scratch.path().join("tree-copy"));
    let error = refused.expect_err("fs::copy copied a folder");
    assert!(
        error.to_string().contains("neither a regular file"),
        "{error}"
    );
}

#[derive(Debug, Clone, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[test]
fn derive_gives_debug_clone_and_equality_for_the_named_traits_only() {
    let p = Point { x: 1, y: 2 };
    assert_eq!(p.x + p.y, 3);
    assert_eq!(format!("{p:?}"), "Point { x: 1, y: 2 }");
    assert_eq!(p.clone(), Point { x: 1, y: 2 });
    assert_ne!(p, Point { x: 2, y: 1 });
}

#[test]
fn derive_writes_no_constructor_unlike_a_dataclass() {
    let scratch = Scratch::new("derive-new");
    scratch.write(
        "main.rs",
        "#[derive(Debug, Clone, PartialEq)]\nstruct Point {\n    x: i32,\n    y: i32,\n}\n\n\
         fn main() {\n    let p = Point::new(1, 2);\n    println!(\"{p:?}\");\n}\n",
    );
    let built = rustc(scratch.path(), "main.rs");
    assert!(!built.success);
    assert!(
        built.stderr.contains(
            "error[E0599]: no function or associated item named `new` found for struct `Point`"
        ),
        "{}",
        built.stderr
    );
    // The struct literal is the constructor.
    scratch.write(
        "main.rs",
        "#[derive(Debug)]\nstruct Point {\n    x: i32,\n    y: i32,\n}\n\n\
         fn main() {\n    println!(\"{:?}\", Point { x: 1, y: 2 });\n}\n",
    );
    let built = rustc(scratch.path(), "main.rs");
    assert!(built.success, "{}", built.stderr);
    assert_eq!(
        program(&scratch.path().join("out")).stdout,
        "Point { x: 1, y: 2 }\n"
    );
}

/// The version of `name` that this repository's Cargo.lock holds (one only).
fn locked_version(name: &str) -> String {
    let lock =
        fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../Cargo.lock")).unwrap();
    let header = format!("name = \"{name}\"\nversion = \"");
    let at = lock
        .find(&header)
        .unwrap_or_else(|| panic!("{name} is not locked"))
        + header.len();
    lock[at..at + lock[at..].find('"').unwrap()].to_string()
}

/// The description line of `cargo info` for the locked version of `name`, offline: it is read
/// from the package that building this workspace put in cargo's cache.
fn description(name: &str) -> String {
    let scratch = Scratch::new("info");
    let spec = format!("{name}@{}", locked_version(name));
    let info = cargo(scratch.path(), &["info", &spec]);
    assert!(info.success, "{}", info.stderr);
    info.stdout.lines().nth(1).unwrap_or_default().to_string()
}

#[test]
fn the_crates_this_workspace_locks_describe_themselves_as_the_table_says() {
    assert_eq!(
        description("serde_json"),
        "A JSON serialization file format"
    );
    assert_eq!(
        description("clap"),
        "A simple to use, efficient, and full-featured Command Line Argument Parser"
    );
    // Serialization, not validation: pydantic's row.
    assert_eq!(
        description("serde"),
        "A generic serialization/deserialization framework"
    );
}

/// pydantic's row, the Rust half: an age that must fit a `u8`.
#[derive(Debug, serde::Deserialize)]
struct Signup {
    age: u8,
}

#[test]
fn serde_checks_the_type_and_nothing_more() {
    let parse = |json: &str| serde_json::from_str::<Signup>(json).map(|s| s.age);
    // A value the type can hold passes, whatever the domain would say of it.
    assert_eq!(parse(r#"{"age": 200}"#).unwrap(), 200);
    // What the type cannot hold is refused, as pydantic refuses it.
    let too_big = parse(r#"{"age": 300}"#).unwrap_err().to_string();
    assert!(
        too_big.contains("invalid value: integer `300`, expected u8"),
        "{too_big}"
    );
    let text = parse(r#"{"age": "thirty"}"#).unwrap_err().to_string();
    assert!(text.contains("invalid type: string"), "{text}");
}
