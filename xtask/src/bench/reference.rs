//! A chapter's reference run (`chapters/<chapter>/reference/`, made by `cargo xtask bench N
//! --record`): `bench.json` holds what was measured and nothing the ledger says; `bench.md` is
//! that run rendered with the chapter's ledger as it is now. `cargo xtask sync` rewrites it, and
//! the ledger check fails while the committed one is not what sync would write, so that a
//! reference run never shows a verdict, a sentence or a note the ledger has since changed.

use std::fs;
use std::path::PathBuf;

use super::{BenchError, REFERENCE_DIR, files, markdown};
use crate::ledger::Ledger;
use crate::workspace::Chapter;

/// `chapters/<chapter>/reference/bench.json`: the run as measured.
pub fn json_path(chapter: &Chapter) -> PathBuf {
    chapter.dir.join(REFERENCE_DIR).join("bench.json")
}

/// `chapters/<chapter>/reference/bench.md`: the run as shown, with the ledger's words.
pub fn markdown_path(chapter: &Chapter) -> PathBuf {
    chapter.dir.join(REFERENCE_DIR).join("bench.md")
}

/// The reference run's `bench.md` as sync writes it: bench.json rendered with `ledger`. `None`
/// when the chapter has no reference run.
pub fn rendered(chapter: &Chapter, ledger: &Ledger) -> Result<Option<String>, BenchError> {
    let json = json_path(chapter);
    if !json.is_file() {
        return Ok(None);
    }
    Ok(Some(markdown(&files::read(&json)?, ledger)))
}

/// Rewrites the reference run's `bench.md` from its bench.json and `ledger`; `true` when it
/// changed (or was missing).
pub fn sync(chapter: &Chapter, ledger: &Ledger) -> Result<bool, BenchError> {
    let Some(text) = rendered(chapter, ledger)? else {
        return Ok(false);
    };
    let path = markdown_path(chapter);
    if fs::read_to_string(&path).is_ok_and(|old| old == text) {
        return Ok(false);
    }
    files::put(&path, &text)?;
    Ok(true)
}

/// Whether the committed `bench.md` is what [`sync`] would write (a chapter without a reference
/// run has nothing to keep current).
pub fn is_current(chapter: &Chapter, ledger: &Ledger) -> Result<bool, BenchError> {
    let Some(text) = rendered(chapter, ledger)? else {
        return Ok(true);
    };
    Ok(fs::read_to_string(markdown_path(chapter)).is_ok_and(|old| old == text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::test_fixture as sample;
    use crate::ledger::Verdict;

    fn chapter(root: &std::path::Path) -> Chapter {
        Chapter {
            number: 1,
            dir_name: "ch01-case-for-rust".into(),
            package: "chapter-01".into(),
            dir: root.join("chapters/ch01-case-for-rust"),
            python_dir: root.join("python_equivalents/ch01_case_for_rust"),
        }
    }

    #[test]
    fn sync_rewrites_bench_md_when_the_ledger_changes_and_only_then() {
        let scratch = textbook_harness::Scratch::new("reference-sync");
        let chapter = chapter(scratch.path());
        let mut ledger = sample::ledger();
        assert!(
            is_current(&chapter, &ledger).unwrap(),
            "no run, nothing stale"
        );
        assert!(!sync(&chapter, &ledger).unwrap());

        let dir = chapter.dir.join(REFERENCE_DIR);
        let json = serde_json::to_string_pretty(&sample::report(false)).unwrap();
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("bench.json"), &json).unwrap();
        assert!(
            !is_current(&chapter, &ledger).unwrap(),
            "bench.md is missing"
        );
        assert!(sync(&chapter, &ledger).unwrap());
        assert!(is_current(&chapter, &ledger).unwrap());
        assert!(!sync(&chapter, &ledger).unwrap(), "nothing to rewrite");

        ledger.claims[0].verdict = Verdict::Refined;
        ledger.claims[0].note = Some("Days.".into());
        assert!(!is_current(&chapter, &ledger).unwrap());
        assert!(sync(&chapter, &ledger).unwrap());
        let md = fs::read_to_string(dir.join("bench.md")).unwrap();
        assert!(md.contains("(the ledger says `refined`)"), "{md}");
        assert_eq!(
            fs::read_to_string(dir.join("bench.json")).unwrap(),
            json,
            "the run is not touched"
        );

        fs::write(dir.join("bench.json"), "{\"chapter\": 1}").unwrap();
        let error = is_current(&chapter, &ledger).unwrap_err().to_string();
        assert!(
            error.contains("reference/bench.json is not a report"),
            "{error}"
        );
    }
}
