//! The manifest's fields (edition, rust-version, version requirements) and rustc on its own,
//! without cargo: a program from standard input, one compiler for every edition, one toolchain.
//! Ledger: `config/*`, `cargo/python-c`, `hello/blocks`, `install/verify`.
use crate::common::{cargo_fails, cargo_ok, new, scratch};
use chapter_02::tools::{Ran, Scratch, manifest_value, read_file, run, tool, write_file};

#[test]
fn the_lectures_manifest_is_valid_edition_2021_with_caret_requirements() {
    let scratch = scratch("lecture-manifest");
    scratch
        .write(
            "myproject/Cargo.toml",
            "[package]\nname = \"myproject\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\nreqwest = \"0.12\"\nserde = { version = \"1.0\", features = [\"derive\"] }\n\n[dev-dependencies]\n",
        )
        .unwrap();
    scratch
        .write("myproject/src/main.rs", "fn main() {}\n")
        .unwrap();
    let project = scratch.path().join("myproject");
    let ran = cargo_ok(
        &project,
        &["metadata", "--no-deps", "--format-version", "1"],
    );
    // `"0.12"` means `^0.12`: at least 0.12.0, below 0.13.0, not pip's open-ended `>=`.
    assert!(
        ran.stdout.contains("\"name\":\"reqwest\""),
        "{}",
        ran.stdout
    );
    assert!(ran.stdout.contains("\"req\":\"^0.12\""), "{}", ran.stdout);
    assert!(ran.stdout.contains("\"req\":\"^1.0\""), "{}", ran.stdout);
    assert!(
        ran.stdout.contains("\"features\":[\"derive\"]"),
        "{}",
        ran.stdout
    );
    assert!(
        ran.stdout.contains("\"edition\":\"2021\""),
        "{}",
        ran.stdout
    );
    assert_eq!(
        manifest_value(&read_file(&project.join("Cargo.toml")).unwrap(), "edition").as_deref(),
        Some("2021")
    );
}

#[test]
fn rust_version_not_edition_is_the_requires_python_of_a_manifest() {
    let scratch = scratch("rust-version");
    let project = new(&scratch, "myproject");
    let manifest = project.join("Cargo.toml");
    let text = read_file(&manifest).unwrap();
    write_file(
        &manifest,
        &text.replace(
            "edition = \"2024\"",
            "edition = \"2024\"\nrust-version = \"1.999\"",
        ),
    )
    .unwrap();
    let ran = cargo_fails(&project, &["build"]);
    assert!(
        ran.stderr.contains("myproject@0.1.0 requires rustc 1.999"),
        "{}",
        ran.stderr
    );
}

/// rustc alone, on a one-line program read from standard input: the nearest thing to
/// `python -c`.
fn rustc_stdin(scratch: &Scratch, edition: &str, program: &str) -> Ran {
    let script = format!("printf '%s' \"$1\" | rustc --edition {edition} -o prog - && ./prog");
    run(tool("sh", scratch.path(), &["-c", &script, "sh", program])).unwrap()
}

#[test]
fn rustc_compiles_a_program_from_stdin_and_ignores_indentation() {
    let scratch = scratch("stdin");
    let ran = rustc_stdin(
        &scratch,
        "2024",
        "fn main(){if true{\nprintln!(\"no indentation needed\")}}",
    );
    assert!(ran.success, "{}", ran.stderr);
    assert_eq!(ran.stdout, "no indentation needed\n");
}

#[test]
fn an_edition_is_a_dialect_of_one_compiler_not_a_version_of_it() {
    // `async` became a keyword in the 2018 edition; the same rustc still compiles 2015 code.
    let scratch = scratch("editions");
    let program = "fn main(){let async = 2015; println!(\"{}\", async)}";
    let old = rustc_stdin(&scratch, "2015", program);
    assert!(old.success, "{}", old.stderr);
    assert_eq!(old.stdout, "2015\n");
    let new = rustc_stdin(&scratch, "2024", program);
    assert!(!new.success);
    assert!(
        new.stderr
            .contains("expected identifier, found keyword `async`"),
        "{}",
        new.stderr
    );
}

#[test]
fn rustc_and_cargo_report_their_versions_from_one_toolchain() {
    let here = std::env::temp_dir();
    let rustc = run(tool("rustc", &here, &["--version"])).unwrap().stdout;
    let cargo_version = run(tool(
        chapter_02::tools::cargo_program(),
        &here,
        &["--version"],
    ))
    .unwrap()
    .stdout;
    assert!(rustc.starts_with("rustc 1."), "{rustc}");
    assert!(cargo_version.starts_with("cargo 1."), "{cargo_version}");
    // One toolchain: the same minor version on both.
    let minor = |text: &str| text.split('.').nth(1).unwrap().parse::<u32>().unwrap();
    assert_eq!(minor(&rustc), minor(&cargo_version));
}
