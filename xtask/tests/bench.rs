//! `cargo xtask bench` on a fixture workspace: a tiny chapter that declares one benchmark in its
//! own benches.toml, and one that declares none. Nothing here reads chapter 1.

mod fixture;

use fixture::{Fixture, claim, text, words};
use xtask::check::Problem;
use xtask::ledger::Ledger;
use xtask::workspace::Workspace;

/// One measured claim, judged against its lecture figure by the benchmark `starts`.
const MEASURED: &str = "[[claim]]\nid = \"speed/starts-fast\"\nsection = \"1. A section\"\n\
    says = \"The binary starts in under ten seconds.\"\nside = \"rust\"\nkind = \"measure\"\n\
    proof = \"bench:starts\"\nverdict = \"holds\"\nlecture_figure = { value = 10, unit = \"s\" }\n\n";

/// A claim judged by the demo pair `square`, whose sides print fixed `seconds`: its figures are
/// exact, so its verdict is certain.
const RATIO: &str = "[[claim]]\nid = \"speed/square-ratio\"\nsection = \"1. A section\"\n\
    says = \"Rust squares faster.\"\nside = \"both\"\nkind = \"measure\"\n\
    proof = \"bench:square\"\nverdict = \"holds\"\nlecture_figure = { value = 1.5, unit = \"x\" }\n\n";

/// The Rust side of `square`: Σ i² for i < n, and a fixed time (no clock: exact figures).
const SQUARE_RS: &str = r#"fn main() {
    let n: u64 = std::env::args().skip(1).find(|a| a != "--json").and_then(|a| a.parse().ok()).unwrap_or(10);
    let sum: u64 = (0..n).map(|i| i * i).sum();
    let seconds = if cfg!(debug_assertions) { 0.004 } else { 0.001 };
    println!("{{\"demo\":\"square\",\"case\":\"sum\",\"result\":\"{sum}\",\"seconds\":{seconds}}}");
}
"#;

const SQUARE_PY: &str = r#"import json
import sys

n = int(next((a for a in sys.argv[1:] if a != "--json"), "10"))
total = sum(i * i for i in range(n))
print(json.dumps({"demo": "square", "case": "sum", "result": str(total), "seconds": 0.002}))
"#;

/// A spawn benchmark: the OS floor and the chapter's own binary, judged by `below`; and the demo
/// pair `square`, also from the debug build, judged by `at-least`.
const BENCHES: &str = r#"
[[bench]]
name = "starts"
title = "start-up of {package}"
input = "each command {floor.samples} times ({warm_up} untimed first)"
[bench.spawn]
warm_up = 1
[[bench.row]]
id = "floor"
case = "true"
series = "OS floor"
command = ["true"]
spawns = 3
detail = "{spawns} spawns"
[[bench.row]]
id = "tour"
case = "{package} (its tour)"
series = "Rust"
command = ["{tour}"]
spawns = 3
detail = "{spawns} spawns of {program}"
[[bench.figure]]
label = "above the floor"
value = "tour - floor"
text = "{tour - floor|s}"
[[bench.claim]]
id = "speed/starts-fast"
rule = "below"
value = "tour"
floor = "floor"
measured = "{tour|s}, the floor {floor|s}"

[[bench]]
name = "square"
title = "squares"
input = "n = {size}"
[bench.pair]
demo = "square"
size = 300
quick_size = 30
debug = true
expect = [{ case = "sum", each = "n * (n - 1) * (2 * n - 1) / 6" }]
[[bench.row]]
id = "rs"
case = "sum"
side = "rust"
[[bench.row]]
id = "rs_debug"
case = "sum"
side = "rust-debug"
series = "Rust, debug"
[[bench.row]]
id = "py"
case = "sum"
side = "python"
detail = "{py / rs|x} Rust's time"
[[bench.figure]]
label = "release over debug"
value = "rs_debug / rs"
text = "{rs_debug / rs|x}"
[[bench.claim]]
id = "speed/square-ratio"
rule = "at-least"
value = "py / rs"
measured = "{py / rs|x}"
"#;

fn workspace(name: &str) -> Fixture {
    let fixture = Fixture::new(name);
    // No packages: the environment is a bare venv, made offline.
    fixture.file(
        "python_equivalents/requirements.txt",
        "# nothing to install\n",
    );
    let ledger = format!("{MEASURED}{RATIO}{}", claim("a/b", "x"));
    let dir = fixture.chapter(98, "timed", &ledger);
    fixture.file(
        &format!("{}/src/bin/square.rs", rel(&fixture, &dir)),
        SQUARE_RS,
    );
    fixture.file("python_equivalents/ch98_timed/__init__.py", "");
    fixture.file("python_equivalents/ch98_timed/square.py", SQUARE_PY);
    fixture.file(
        &format!("{}/src/main.rs", rel(&fixture, &dir)),
        "fn main() {}\n",
    );
    fixture.file(&format!("{}/benches.toml", rel(&fixture, &dir)), BENCHES);
    fixture.chapter(97, "quiet", &claim("c/d", "y"));
    fixture
}

fn rel(fixture: &Fixture, dir: &std::path::Path) -> String {
    dir.strip_prefix(&fixture.root)
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

/// One workspace for the three runs that need its Python environment (made once: seconds).
#[test]
fn a_declared_benchmark_is_measured_judged_and_its_results_checked() {
    let fixture = workspace("bench-runs");
    is_measured_and_reported(&fixture);
    a_pair_is_judged_by_its_rule_against_the_lecture_figure(&fixture);
    record_writes_the_full_run_as_the_chapters_reference_run(&fixture);
    a_result_that_is_not_the_closed_form_is_an_error_not_a_time(&fixture);
}

fn is_measured_and_reported(fixture: &Fixture) {
    // With no quiet before the live line, the build shows one however fast it is.
    let out = fixture
        .xtask(&["bench", "98", "--quick"])
        .env("TEXTBOOK_LIVE_AFTER", "0")
        .output()
        .unwrap();
    let stdout = words(&text(&out.stdout));
    assert!(out.status.success(), "{stdout}\n{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("still running the debug build of chapter-98: "),
        "{}",
        text(&out.stderr)
    );
    assert!(
        stdout.contains("━━ starts ━━ start-up of chapter-98"),
        "{stdout}"
    );
    assert!(stdout.contains("chapter-98 (its tour)"), "{stdout}");
    assert!(
        stdout.contains("2 spawns of target/debug/chapter-98"),
        "{stdout}"
    );
    assert!(stdout.contains("→ above the floor:"), "{stdout}");
    // --quick judges nothing, but names the claim, the lecture's words and what the rule says.
    assert!(stdout.contains("speed/starts-fast no verdict"), "{stdout}");
    assert!(
        stdout.contains("lecture The binary starts in under ten seconds."),
        "{stdout}"
    );
    let json = fixture
        .root
        .join("target/textbook/chapter-98/quick/bench.json");
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(json).unwrap()).unwrap();
    let rows = report["benches"][0]["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(
        report["benches"][0]["claims"][0]["claim"],
        "speed/starts-fast"
    );
}

fn a_pair_is_judged_by_its_rule_against_the_lecture_figure(fixture: &Fixture) {
    let out = fixture.run(&["bench", "98", "square", "--runs", "2"]);
    let stdout = words(&text(&out.stdout));
    assert!(out.status.success(), "{stdout}\n{}", text(&out.stderr));
    // The sides print 1 ms (release), 4 ms (debug) and 2 ms (Python): exact figures.
    assert!(stdout.contains("2.0× Rust's time"), "{stdout}");
    assert!(stdout.contains("→ release over debug: 4.0×"), "{stdout}");
    assert!(stdout.contains("speed/square-ratio holds"), "{stdout}");
    assert!(
        stdout.contains("2.0× ≥ the lecture's 1.5× (rule)"),
        "{stdout}"
    );
    assert!(stdout.contains("Rust, debug"), "{stdout}");
}

fn record_writes_the_full_run_as_the_chapters_reference_run(fixture: &Fixture) {
    let reference = fixture.root.join("chapters/ch98-timed/reference");
    assert!(!reference.exists());
    let out = fixture.run(&["bench", "98", "--record", "--runs", "2"]);
    let stdout = words(&text(&out.stdout));
    assert!(out.status.success(), "{stdout}\n{}", text(&out.stderr));
    assert!(
        stdout.contains(
            "recorded as the chapter's reference run: chapters/ch98-timed/reference/bench.json"
        ),
        "{stdout}"
    );
    let local = fixture.root.join("target/textbook/chapter-98");
    for file in ["bench.json", "bench.md", "bench.svg"] {
        let recorded = std::fs::read_to_string(reference.join(file)).unwrap();
        assert_eq!(
            recorded,
            std::fs::read_to_string(local.join(file)).unwrap(),
            "{file} is the run's report, copied"
        );
    }
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(reference.join("bench.json")).unwrap())
            .unwrap();
    assert_eq!(report["quick"], false);
    assert_eq!(report["profile"], "release");
    let names: Vec<_> = report["benches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| &b["name"])
        .collect();
    assert_eq!(names, ["starts", "square"], "every benchmark, not one");
    // The machine facts a reader judges the figures by.
    assert!(
        report["machine"]["cpu"]
            .as_str()
            .is_some_and(|c| !c.is_empty())
    );
    assert!(report["machine"]["cores"].as_u64().is_some_and(|n| n >= 1));
    assert!(
        report["machine"]["rustc"]
            .as_str()
            .unwrap()
            .starts_with("rustc ")
    );
    assert!(
        report["machine"]["python_version"]
            .as_str()
            .unwrap()
            .starts_with("3.")
    );
    assert!(report["started_utc"].as_str().unwrap().ends_with(" UTC"));
    for at in ["load_at_start", "load_at_end"] {
        assert!(
            report[at]["one"].as_f64().is_some_and(|l| l >= 0.0),
            "{at}: {report}"
        );
    }
    let md = std::fs::read_to_string(reference.join("bench.md")).unwrap();
    assert!(
        md.contains("The machine's load average (1, 5, 15 min) "),
        "{md}"
    );
    assert!(md.contains(report["started_utc"].as_str().unwrap()), "{md}");
}

fn a_result_that_is_not_the_closed_form_is_an_error_not_a_time(fixture: &Fixture) {
    let benches = fixture.root.join("chapters/ch98-timed/benches.toml");
    let declared = std::fs::read_to_string(&benches).unwrap();
    fixture.file(
        "chapters/ch98-timed/benches.toml",
        &declared.replace("(2 * n - 1) / 6", "(2 * n + 1) / 6"),
    );
    let out = fixture.run(&["bench", "98", "square", "--quick"]);
    let stderr = words(&text(&out.stderr));
    assert!(!out.status.success());
    assert!(stderr.contains("every number in it should be"), "{stderr}");
}

#[test]
fn record_with_quick_or_one_benchmark_is_a_usage_error_and_writes_nothing() {
    let fixture = workspace("bench-record-refused");
    for (args, other) in [
        (&["bench", "98", "--quick", "--record"][..], "'--quick'"),
        (&["bench", "98", "square", "--record"][..], "'[NAME]'"),
    ] {
        let out = fixture.run(args);
        let stderr = words(&text(&out.stderr));
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        // clap names the two flags, in the order the user gave them.
        assert!(
            stderr.contains("cannot be used with")
                && stderr.contains("'--record'")
                && stderr.contains(other),
            "{args:?}: {stderr}"
        );
    }
    assert!(!fixture.root.join("chapters/ch98-timed/reference").exists());
    assert!(!fixture.root.join("target").exists(), "nothing was built");
}

#[test]
fn a_chapter_without_benches_toml_says_how_to_declare_them() {
    let fixture = workspace("bench-none");
    let out = fixture.run(&["bench", "97", "--quick"]);
    let stderr = words(&text(&out.stderr));
    assert!(!out.status.success());
    assert!(
        stderr.contains(
            "chapter 97 declares no benchmarks (add chapters/ch97-quiet/benches.toml; schema: \
             xtask/src/bench/spec/mod.rs)"
        ),
        "{stderr}"
    );
}

#[test]
fn an_unknown_benchmark_is_refused_with_the_chapters_own_list() {
    let fixture = workspace("bench-unknown");
    let out = fixture.run(&["bench", "98", "nosuch", "--quick"]);
    let stderr = words(&text(&out.stderr));
    assert!(!out.status.success());
    assert!(
        stderr.contains("chapter-98 has no benchmark `nosuch`; its benchmarks are: starts, square"),
        "{stderr}"
    );
}

#[test]
fn the_ledger_check_resolves_bench_proofs_against_the_chapters_own_benchmarks() {
    let fixture = workspace("bench-ledger");
    let ws = Workspace::at(&fixture.root);
    let chapter = ws.chapter("98").unwrap();
    let problems = |ledger: &str| {
        let ledger: Ledger = toml::from_str(ledger).unwrap();
        xtask::check::check(&ws, &chapter, &ledger)
    };
    let is_bench_problem = |p: &Problem| {
        matches!(p, Problem::Benches(_))
            || matches!(p, Problem::ProofMissing { proof, .. } if proof.starts_with("bench:"))
    };
    // As declared: every bench proof names a benchmark, every judged claim has its figure.
    let declared = format!("{MEASURED}{RATIO}");
    let fine = problems(&declared);
    assert!(!fine.iter().any(is_bench_problem), "{fine:?}");

    let unknown = problems(&declared.replace("bench:starts", "bench:nosuch"));
    assert!(
        unknown
            .iter()
            .any(|p| p.to_string().contains("bench:nosuch")),
        "{unknown:?}"
    );
    let no_figure =
        problems(&declared.replace("lecture_figure = { value = 10, unit = \"s\" }", ""));
    assert!(
        no_figure.iter().any(|p| p
            .to_string()
            .contains("needs its lecture_figure (one value)")),
        "{no_figure:?}"
    );
    let judged_but_absent = problems(&claim("a/b", "x"));
    assert!(
        judged_but_absent.iter().any(|p| p
            .to_string()
            .contains("judges the claim `speed/starts-fast`, which is not in the ledger")),
        "{judged_but_absent:?}"
    );
}
