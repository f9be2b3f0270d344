//! A chapter's figures: its committed reference bench run, replaced in a local build by a local
//! run of `cargo xtask bench`, and the page says which one it shows.

mod common;

use std::fs;

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

fn report(marker: &str) -> String {
    format!(
        "## cargo xtask bench 1\n\n### `fib`: the loop\n\n| case | median |\n|---|---|\n| {marker} | 1 ms |\n"
    )
}

const CHART: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>\n";

#[test]
fn a_local_bench_run_replaces_the_reference_run_and_the_page_says_which_it_shows() {
    let root = tree("figures", MEASURED);
    let chapter = root.join("chapters/ch01-demo");
    put(&chapter.join("benches.toml"), "");
    put(
        &chapter.join("reference/bench.md"),
        &report("reference-row"),
    );
    put(&chapter.join("reference/bench.svg"), CHART);
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
        &options.scratch.join("chapter-01/bench.md"),
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
