use super::*;
use textbook_harness::Scratch;

/// A throwaway workspace with one chapter, `ch03-two-words` (package `chapter-03`), and its
/// demo `first_demo`: the xtask's tests never depend on what a real chapter holds.
fn workspace() -> (Scratch, Workspace) {
    let scratch = Scratch::new("xtask-workspace");
    scratch.write("Cargo.toml", "[workspace]\nmembers = [\"chapters/*\"]\n");
    scratch.write(
        "chapters/ch03-two-words/Cargo.toml",
        "[package]\nname = \"chapter-03\"\nversion = \"0.1.0\"\nedition = \"2024\"\n",
    );
    scratch.write(
        "chapters/ch03-two-words/src/bin/first_demo.rs",
        "fn main() {}\n",
    );
    let ws = Workspace::at(scratch.path());
    (scratch, ws)
}

#[test]
fn every_spelling_of_a_chapter_finds_it() {
    let (_scratch, ws) = workspace();
    for query in ["3", "03", "ch03", "chapter-03", "CH3", "ch03-two-words"] {
        let chapter = ws.chapter(query).unwrap_or_else(|e| panic!("{query}: {e}"));
        assert_eq!(chapter.package, "chapter-03", "{query}");
    }
}

#[test]
fn an_unknown_chapter_lists_the_real_ones() {
    let (_scratch, ws) = workspace();
    let message = ws.chapter("99").unwrap_err().to_string();
    assert!(message.contains("no chapter `99`"), "{message}");
    assert!(message.contains("3 (chapter-03)"), "{message}");
}

#[test]
fn an_unknown_demo_lists_the_real_ones() {
    let (_scratch, ws) = workspace();
    let chapter = ws.chapter("3").unwrap();
    let message = chapter.demo("nope").unwrap_err().to_string();
    assert!(message.contains("first_demo"), "{message}");
}

#[test]
fn chapter_folders_map_to_python_packages() {
    let (_scratch, ws) = workspace();
    let chapter = ws.chapter("3").unwrap();
    assert_eq!(chapter.python_module(), "ch03_two_words");
}
