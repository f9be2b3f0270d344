//! A chapter's reference bench run: `bench.json` holds what was measured, `bench.md` is it shown
//! with the ledger as it is now. The ledger check fails, naming the file and `cargo xtask sync`,
//! while the committed bench.md is not that; sync rewrites it and never touches the run.

mod fixture;

use fixture::{Fixture, claim, text};
use xtask::check::{Problem, README_END, README_START};
use xtask::ledger::Ledger;
use xtask::workspace::Workspace;

/// A recorded run of one benchmark: the claim `a/one` as its rule judged it, nothing the ledger
/// says.
fn run() -> String {
    let json = serde_json::json!({
        "chapter": "chapter-09", "quick": false, "runs": 5, "profile": "release",
        "machine": {
            "cpu": "a CPU", "cores": 2, "nominal_mhz": 2596.0, "os": "linux",
            "rustc": "rustc 1.95.0", "python_version": "3.11.7",
            "python_implementation": "CPython", "python_real_path": "/usr/bin/python3.11",
            "gil_enabled": true, "gil": "GIL: yes"
        },
        "started_utc": "2026-11-27 09:00:00 UTC",
        "load_at_start": { "one": 0.5, "five": 0.6, "fifteen": 0.7 }, "load_at_end": null,
        "benches": [{
            "name": "kernel", "title": "the kernel", "input": "n = 10", "unit": "seconds",
            "rows": [{
                "case": "sum", "series": "Rust",
                "stats": { "median": 0.0012345, "min": 0.0011, "max": 0.0019, "samples": 5 },
                "result": "285", "detail": "1.9319465207195858 per step"
            }],
            "figures": [{ "label": "Python / Rust", "value": 44.1, "text": "44×" }],
            "claims": [{
                "claim": "a/one", "measured": "44×",
                "judged": { "by": "rule", "verdict": "holds", "reason": "44× lies in 10×–100× (rule)" }
            }],
            "notes": []
        }],
        "elapsed_seconds": 60.0
    });
    serde_json::to_string_pretty(&json).unwrap()
}

fn stale(ws: &Workspace) -> Vec<String> {
    let chapter = ws.chapter("9").unwrap();
    let ledger = Ledger::load(&chapter.ledger_path()).unwrap();
    xtask::check::check(ws, &chapter, &ledger)
        .into_iter()
        .filter(|p| matches!(p, Problem::BenchRunStale(_) | Problem::BenchRun(_)))
        .map(|p| p.to_string())
        .collect()
}

#[test]
fn a_reference_run_shows_the_ledger_as_it_is_now_and_the_check_names_sync_until_it_does() {
    let fixture = Fixture::new("reference-run");
    let dir = fixture.chapter(9, "x", &claim("a/one", "The sum is fast."));
    fixture.file(
        "chapters/ch09-x/README.md",
        &format!("# Chapter 9\n\n{README_START}\n{README_END}\n"),
    );
    let json = fixture.file("chapters/ch09-x/reference/bench.json", &run());
    let md = fixture.file(
        "chapters/ch09-x/reference/bench.md",
        "| `a/one` | The sum is fast. | 44× | **holds** | 44× lies in 10×–100× (rule) (the ledger \
         says `refined`) |\n",
    );
    let ws = Workspace::at(&fixture.root);
    let named = "chapters/ch09-x/reference/bench.md is not the reference run's bench.json shown \
                 with the ledger as it is now: run `cargo xtask sync ch09-x`";
    assert_eq!(stale(&ws), [named]);

    let sync = fixture.run(&["sync", "ch09-x"]);
    assert!(sync.status.success(), "{}", text(&sync.stderr));
    assert!(
        text(&sync.stdout)
            .contains("Rewrote chapters/ch09-x/reference/bench.md from bench.json and the ledger."),
        "{}",
        text(&sync.stdout)
    );
    assert_eq!(stale(&ws), Vec::<String>::new());
    let shown = std::fs::read_to_string(&md).unwrap();
    assert!(
        shown.contains(
            "| `a/one` | The sum is fast. | 44× | **holds** | 44× lies in 10×–100× (rule) |"
        ),
        "{shown}"
    );
    assert!(
        shown.contains("| sum | Rust | 1.2 ms | 1.1 ms | 1.9 ms | 1.9319465207195858 per step |"),
        "{shown}"
    );

    // The ledger changes after the run: its words follow, the run stays as measured.
    std::fs::write(
        dir.join("claims.toml"),
        claim("a/one", "The sum is quick.").replace("\"holds\"", "\"erratum\"\nnote = \"No.\""),
    )
    .unwrap();
    assert_eq!(stale(&ws), [named]);
    let sync = fixture.run(&["sync", "9"]);
    assert!(sync.status.success(), "{}", text(&sync.stderr));
    let shown = std::fs::read_to_string(&md).unwrap();
    assert!(
        shown.contains(
            "| `a/one` | The sum is quick. | 44× | **holds** | 44× lies in 10×–100× (rule) (the \
             ledger says `erratum`) |"
        ),
        "{shown}"
    );
    assert_eq!(std::fs::read_to_string(&json).unwrap(), run());
    assert_eq!(stale(&ws), Vec::<String>::new());

    std::fs::write(&json, "{\"chapter\": \"chapter-09\"}").unwrap();
    let unreadable = stale(&ws);
    assert!(
        unreadable.len() == 1 && unreadable[0].contains("reference/bench.json is not a report"),
        "{unreadable:?}"
    );
}
