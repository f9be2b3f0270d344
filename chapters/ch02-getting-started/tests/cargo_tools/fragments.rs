//! The keyword section's listings are statements with no function around them. The same few
//! statements are refused at the top of a file (tests/ui/hello/statement-outside-fn.rs) and
//! compile and run once a `fn main` holds them. Ledger: `hello/fragments`.
use chapter_02::tools::{Scratch, run, tool};

// The statements of the lecture's bindings listing, in our words: an immutable `name`, a
// `mut` counter that `+=` changes. Printed, so that no unused-variable warning can hide here.
const STATEMENTS: &str =
    "let name = \"Alice\";\nlet mut count = 0;\ncount += 1;\nprintln!(\"{name} {count}\");\n";

/// rustc (edition 2024, `-D warnings`) on `source` in a scratch dir: its stderr, and the
/// program's stdout if it built.
fn build_and_run(source: &str) -> (String, Option<String>) {
    let scratch = Scratch::new("fragment").expect("the temp dir is writable");
    let file = scratch.write("fragment.rs", source).unwrap();
    let args = ["--edition", "2024", "-D", "warnings", "-o", "fragment"];
    let mut command = tool("rustc", scratch.path(), &args);
    command.arg(&file);
    let built = run(command).expect("rustc runs");
    let ran = built.success.then(|| {
        run(tool(scratch.path().join("fragment"), scratch.path(), &[]))
            .unwrap()
            .stdout
    });
    (built.stderr, ran)
}

#[test]
fn statements_refused_at_the_top_of_a_file_compile_and_run_inside_fn_main() {
    let (bare, ran) = build_and_run(STATEMENTS);
    assert!(ran.is_none(), "a file of bare statements built");
    assert!(
        bare.contains("expected item, found keyword `let`"),
        "{bare}"
    );

    let wrapped = format!("fn main() {{\n{STATEMENTS}}}\n");
    let (warnings, ran) = build_and_run(&wrapped);
    assert_eq!(ran.as_deref(), Some("Alice 1\n"), "{warnings}");
}
