//! The module system, proven by building small crates with rustc: the lecture's tree in both
//! file layouts, what happens when a file is missing, doubled or never named. Ledger: `modules/*`.
mod support;

use support::{Scratch, copy_fixture, program, rustc, rustc_edition};

fn lecture_tree(label: &str) -> Scratch {
    let scratch = Scratch::new(label);
    copy_fixture(&scratch, "fixtures/lecture_tree");
    scratch
}

fn builds_and_prints(scratch: &Scratch) -> String {
    let built = rustc(scratch.path(), "src/main.rs");
    assert!(built.success, "{}", built.stderr);
    program(&scratch.path().join("out")).stdout
}

/// What the lecture's tree prints (the first test below), whatever its layout.
const LECTURE_TREE_OUTPUT: &str = "Ada Lovelace\ntrue\nteapot\n";

#[test]
fn the_lecture_tree_with_mod_rs_files_builds_and_runs() {
    let scratch = lecture_tree("modrs");
    assert_eq!(builds_and_prints(&scratch), "Ada Lovelace\ntrue\nteapot\n");
}

#[test]
fn the_same_tree_with_name_rs_files_beside_the_folders_builds_the_same_program() {
    let scratch = lecture_tree("namers");
    for module in ["utils", "models"] {
        let dir = scratch.path().join("src");
        std::fs::rename(
            dir.join(module).join("mod.rs"),
            dir.join(format!("{module}.rs")),
        )
        .unwrap();
    }
    assert!(!scratch.path().join("src/utils/mod.rs").exists());
    assert_eq!(builds_and_prints(&scratch), LECTURE_TREE_OUTPUT);
    // Not an edition feature: rustc accepts this layout (since 1.30) in the 2015 edition too.
    let old_edition = rustc_edition(scratch.path(), "src/main.rs", "2015");
    assert!(old_edition.success, "{}", old_edition.stderr);
    assert_eq!(
        program(&scratch.path().join("out")).stdout,
        LECTURE_TREE_OUTPUT
    );
}

#[test]
fn a_module_with_both_name_rs_and_mod_rs_is_refused_with_e0761() {
    let scratch = lecture_tree("both");
    scratch.write("src/utils.rs", "pub mod helpers;\npub mod validators;\n");
    let built = rustc(scratch.path(), "src/main.rs");
    assert!(!built.success);
    assert!(
        built
            .stderr
            .contains("error[E0761]: file for module `utils` found at both"),
        "{}",
        built.stderr
    );
}

#[test]
fn a_file_that_no_mod_line_names_is_not_compiled_at_all() {
    let scratch = lecture_tree("orphan");
    scratch.write("src/utils/orphan.rs", "this is not Rust at all\n");
    // Beside the crate root too: main.rs names `models` and `utils`, not `stray`.
    scratch.write("src/stray.rs", "neither is this\n");
    assert_eq!(builds_and_prints(&scratch), LECTURE_TREE_OUTPUT);
    // Named by a `mod` line, the same file is compiled, and refused.
    scratch.write(
        "src/utils/mod.rs",
        "pub mod helpers;\npub mod validators;\nmod orphan;\n",
    );
    let built = rustc(scratch.path(), "src/main.rs");
    assert!(!built.success, "the orphan was compiled once named");
    assert!(built.stderr.contains("orphan.rs"), "{}", built.stderr);
}

#[test]
fn without_pub_on_mod_helpers_main_cannot_reach_format_name() {
    let scratch = lecture_tree("private-mod");
    scratch.write("src/utils/mod.rs", "mod helpers;\npub mod validators;\n");
    let built = rustc(scratch.path(), "src/main.rs");
    assert!(!built.success);
    assert!(
        built
            .stderr
            .contains("error[E0603]: module `helpers` is private"),
        "{}",
        built.stderr
    );
}

#[test]
fn pub_mod_helpers_does_not_bring_format_name_into_utils() {
    let scratch = lecture_tree("no-reexport");
    // utils/mod.rs says `pub mod helpers;`: the function is reachable as utils::helpers::…,
    // not as utils::format_name, which only `pub use helpers::format_name;` would add.
    let main = scratch.read("src/main.rs");
    scratch.write(
        "src/main.rs",
        &main.replace(
            "use utils::helpers::format_name;",
            "use utils::format_name;",
        ),
    );
    let built = rustc(scratch.path(), "src/main.rs");
    assert!(!built.success);
    assert!(
        built
            .stderr
            .contains("error[E0432]: unresolved import `utils::format_name`"),
        "{}",
        built.stderr
    );
    scratch.write(
        "src/utils/mod.rs",
        "pub mod helpers;\npub mod validators;\npub use helpers::format_name;\n",
    );
    assert_eq!(builds_and_prints(&scratch), LECTURE_TREE_OUTPUT);
}

#[test]
fn a_glob_import_brings_in_the_public_items_only() {
    let scratch = Scratch::new("glob");
    let program_with = |call: &str| {
        format!(
            "mod shapes {{\n    pub fn square(x: i32) -> i32 {{ x * x }}\n    \
             fn cube(x: i32) -> i32 {{ x * x * x }}\n    \
             pub fn both(x: i32) -> i32 {{ square(x) + cube(x) }}\n}}\n\n\
             use shapes::*;\n\nfn main() {{\n    println!(\"{{}}\", {call});\n}}\n"
        )
    };
    scratch.write("main.rs", &program_with("square(3) + both(2)"));
    let built = rustc(scratch.path(), "main.rs");
    assert!(built.success, "{}", built.stderr);
    assert_eq!(program(&scratch.path().join("out")).stdout, "21\n");
    scratch.write("main.rs", &program_with("cube(2)"));
    let refused = rustc(scratch.path(), "main.rs");
    assert!(!refused.success);
    assert!(
        refused
            .stderr
            .contains("error[E0425]: cannot find function `cube`"),
        "{}",
        refused.stderr
    );
}
