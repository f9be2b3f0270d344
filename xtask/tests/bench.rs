//! `cargo xtask bench` on a fixture workspace: a tiny chapter that declares one benchmark in its
//! own benches.toml, and one that declares none. Nothing here reads chapter 1.

mod fixture;

use fixture::{Fixture, claim, text};
use xtask::ledger::{self, Ledger, Problem};
use xtask::workspace::Workspace;

/// One measured claim, judged against its lecture figure by the benchmark `starts`.
const MEASURED: &str = "[[claim]]\nid = \"speed/starts-fast\"\nsection = \"1. A section\"\n\
    says = \"The binary starts in under ten seconds.\"\nside = \"rust\"\nkind = \"measure\"\n\
    proof = \"bench:starts\"\nverdict = \"holds\"\nlecture_figure = { value = 10, unit = \"s\" }\n\n";

/// A spawn benchmark: the OS floor and the chapter's own binary, judged by `below`.
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
"#;

fn workspace(name: &str) -> Fixture {
    let fixture = Fixture::new(name);
    // No packages: the environment is a bare venv, made offline.
    fixture.file(
        "python_equivalents/requirements.txt",
        "# nothing to install\n",
    );
    let dir = fixture.chapter(98, "timed", &format!("{MEASURED}{}", claim("a/b", "x")));
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

#[test]
fn a_chapter_that_declares_a_benchmark_is_measured_and_reported() {
    let fixture = workspace("bench-runs");
    let out = fixture.run(&["bench", "98", "--quick"]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", text(&out.stderr));
    assert!(
        stdout.contains("━━ starts ━━  start-up of chapter-98"),
        "{stdout}"
    );
    assert!(stdout.contains("chapter-98 (its tour)"), "{stdout}");
    assert!(
        stdout.contains("2 spawns of target/debug/chapter-98"),
        "{stdout}"
    );
    assert!(stdout.contains("→ above the floor:"), "{stdout}");
    // --quick judges nothing, but names the claim, the lecture's words and what the rule says.
    assert!(stdout.contains("speed/starts-fast  no verdict"), "{stdout}");
    assert!(
        stdout.contains("lecture   The binary starts in under ten seconds."),
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

#[test]
fn a_chapter_without_benches_toml_says_how_to_declare_them() {
    let fixture = workspace("bench-none");
    let out = fixture.run(&["bench", "97", "--quick"]);
    let stderr = text(&out.stderr);
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
    let stderr = text(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("chapter-98 has no benchmark `nosuch`; its benchmarks are: starts"),
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
        ledger::check(&ws, &chapter, &ledger)
    };
    let is_bench_problem = |p: &Problem| {
        matches!(p, Problem::Benches(_))
            || matches!(p, Problem::ProofMissing { proof, .. } if proof.starts_with("bench:"))
    };
    // As declared: every bench proof names a benchmark, every judged claim has its figure.
    let fine = problems(MEASURED);
    assert!(!fine.iter().any(is_bench_problem), "{fine:?}");

    let unknown = problems(&MEASURED.replace("bench:starts", "bench:nosuch"));
    assert!(
        unknown
            .iter()
            .any(|p| p.to_string().contains("bench:nosuch")),
        "{unknown:?}"
    );
    let no_figure =
        problems(&MEASURED.replace("lecture_figure = { value = 10, unit = \"s\" }", ""));
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
