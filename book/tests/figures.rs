//! A chapter's figures: its committed reference bench run, replaced in a local build by a local
//! run of `cargo xtask bench`, and the page says which one it shows.

mod common;

use std::fs;
use std::path::PathBuf;

use common::{options, put, tree};

const MEASURED: &str = r#"
[[claim]]
id = "perf/fast"
section = "Performance"
says = "The loop is fast."
side = "both"
kind = "measure"
proof = "bench:fib"
verdict = "refined"
note = "Faster, by less than the lecture says."
"#;

/// A run's `bench.json` as `cargo xtask bench` writes it: one row (its case `marker`), and the
/// claim `perf/fast` as the run's rule judged it (nothing the ledger says).
fn report(marker: &str) -> String {
    let json = serde_json::json!({
        "chapter": "chapter-01", "quick": false, "runs": 5, "profile": "release",
        "machine": {
            "cpu": "a CPU", "cores": 2, "nominal_mhz": null, "os": "linux",
            "rustc": "rustc 1.95.0", "python_version": "3.11.7",
            "python_implementation": "CPython", "python_real_path": "/usr/bin/python3.11",
            "gil_enabled": true, "gil": "GIL: yes"
        },
        "started_utc": "2026-11-27 09:00:00 UTC", "load_at_start": null, "load_at_end": null,
        "benches": [{
            "name": "fib", "title": "the loop", "input": "n = 10", "unit": "seconds",
            "rows": [{
                "case": marker, "series": "Rust",
                "stats": { "median": 0.001, "min": 0.001, "max": 0.001, "samples": 5 },
                "result": "55", "detail": ""
            }],
            "figures": [],
            "claims": [
                {
                    "claim": "perf/fast", "measured": "2.0×",
                    "judged": { "by": "rule", "verdict": "holds", "reason": "2.0× ≥ 1.5× (rule)" }
                },
                { "claim": "perf/loop-note", "measured": "1 ms", "judged": { "by": "ledger" } }
            ],
            "notes": []
        }],
        "elapsed_seconds": 60.0
    });
    serde_json::to_string_pretty(&json).unwrap()
}

const CHART: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>\n";

/// A workspace whose chapter declares benchmarks and commits a reference run (with the row
/// `reference-row`); its chapter is `chapters/ch01-demo`.
fn with_reference_run(name: &str, ledger: &str) -> PathBuf {
    let root = tree(name, ledger);
    let chapter = root.join("chapters/ch01-demo");
    put(&chapter.join("benches.toml"), "");
    put(
        &chapter.join("reference/bench.json"),
        &report("reference-row"),
    );
    put(&chapter.join("reference/bench.svg"), CHART);
    root
}

#[test]
fn a_local_bench_run_replaces_the_reference_run_and_the_page_says_which_it_shows() {
    let root = with_reference_run("figures", MEASURED);
    let options = options(&root);
    let page = |name: &str| fs::read_to_string(options.out.join(name)).unwrap();

    let built = textbook_book::build(&options).unwrap();
    assert_eq!(built.charts, ["figures/chapter-01/bench.svg"]);
    assert!(options.out.join("figures/chapter-01/bench.svg").is_file());
    let with_reference = page("ch01-demo.html");
    assert!(with_reference.contains("reference run, committed in"));
    assert!(with_reference.contains("src=\"figures/chapter-01/bench.svg\""));
    assert!(
        with_reference.contains("reference-row"),
        "the measured claim shows its table"
    );
    assert!(
        page("errata.html").contains("reference-row"),
        "a measured erratum shows on the Errata page the figures its chapter's page shows"
    );

    put(
        &options.scratch.join("chapter-01/bench.json"),
        &report("local-row"),
    );
    put(&options.scratch.join("chapter-01/bench.svg"), CHART);
    textbook_book::build(&options).unwrap();
    let with_local = page("ch01-demo.html");
    assert!(with_local.contains("a local run of"));
    assert!(with_local.contains("local-row"));
    assert!(
        !with_local.contains("reference-row"),
        "the local run replaces the reference"
    );
    assert!(page("errata.html").contains("local-row"));
    fs::remove_dir_all(&root).unwrap();
}

#[test]
fn without_any_bench_run_the_page_says_there_is_none() {
    let root = tree("no-figures", MEASURED);
    put(&root.join("chapters/ch01-demo/benches.toml"), "");
    let options = options(&root);
    let built = textbook_book::build(&options).unwrap();
    assert!(built.charts.is_empty());
    let page = fs::read_to_string(options.out.join("ch01-demo.html")).unwrap();
    assert!(page.contains("This build shows no bench run"));
    assert!(page.contains("No run of this benchmark is shown in this build."));
    fs::remove_dir_all(&root).unwrap();
}

const LEDGER_JUDGED: &str = r#"
[[claim]]
id = "perf/loop-note"
section = "Performance"
says = "A loop step costs a nanosecond."
side = "rust"
kind = "measure"
proof = "bench:fib"
verdict = "refined"
note = "About half a nanosecond, as first recorded."
"#;

/// The claim's row in the page's bench table.
fn bench_row<'a>(html: &'a str, id: &str) -> &'a str {
    let cell = format!("<td><code>{id}</code></td>");
    let row = html
        .split(&cell)
        .nth(1)
        .unwrap_or_else(|| panic!("no row for {id}: {html}"));
    row.split("</tr>").next().unwrap()
}

#[test]
fn a_ledger_edited_after_the_run_was_recorded_shows_its_new_words_in_the_run() {
    let root = with_reference_run("figures-ledger", &format!("{MEASURED}{LEDGER_JUDGED}"));
    let chapter = root.join("chapters/ch01-demo");
    let options = options(&root);
    let page = || {
        textbook_book::build(&options).unwrap();
        fs::read_to_string(options.out.join("ch01-demo.html")).unwrap()
    };

    let before = page();
    let fast = bench_row(&before, "perf/fast");
    assert!(fast.contains("The loop is fast."), "{fast}");
    assert!(
        fast.contains("2.0× ≥ 1.5× (rule) (the ledger says <code>refined</code>)"),
        "{fast}"
    );
    let noted = bench_row(&before, "perf/loop-note");
    assert!(
        noted.contains("About half a nanosecond, as first recorded."),
        "{noted}"
    );
    assert!(noted.contains("<strong>refined</strong>"), "{noted}");

    let edited = format!("{MEASURED}{LEDGER_JUDGED}")
        .replace("The loop is fast.", "The loop is quick.")
        .replace(
            "verdict = \"refined\"\nnote = \"Faster",
            "verdict = \"holds\"\nnote = \"Faster",
        )
        .replace("as first recorded", "as the ledger says now")
        .replace(
            "verdict = \"refined\"\nnote = \"About",
            "verdict = \"erratum\"\nnote = \"About",
        );
    put(&chapter.join("claims.toml"), &edited);
    let after = page();
    let fast = bench_row(&after, "perf/fast");
    assert!(fast.contains("The loop is quick."), "{fast}");
    assert!(
        !fast.contains("the ledger says"),
        "the ledger now agrees with the rule: {fast}"
    );
    let noted = bench_row(&after, "perf/loop-note");
    assert!(noted.contains("as the ledger says now"), "{noted}");
    assert!(noted.contains("<strong>erratum</strong>"), "{noted}");
    assert!(!after.contains("as first recorded"), "the old note is gone");
    fs::remove_dir_all(&root).unwrap();
}

#[test]
fn a_local_run_this_xtask_cannot_read_is_passed_over_and_the_page_says_so() {
    let root = with_reference_run("figures-old-local", MEASURED);
    let options = options(&root);
    put(
        &options.scratch.join("chapter-01/bench.json"),
        "{\"benches\": []}",
    );
    put(&options.scratch.join("chapter-01/bench.svg"), CHART);
    textbook_book::build(&options).unwrap();
    let page = fs::read_to_string(options.out.join("ch01-demo.html")).unwrap();
    assert!(page.contains("reference-row"), "the reference run is shown");
    assert!(
        page.contains("the local run in <code>target/textbook/chapter-01/</code> is not shown"),
        "{page}"
    );
    fs::remove_dir_all(&root).unwrap();
}
