//! A chapter's benchmarks: `chapters/chNN-slug/benches.toml`, read by `cargo xtask bench NN`.
//! The chapter says what to run and what each figure judges; the engine (this module's siblings)
//! runs it, checks it, computes and reports it. Nothing of a chapter is written in the xtask.
//!
//! # Schema
//!
//! ```toml
//! [[bench]]
//! name = "kernel"                 # `cargo xtask bench NN kernel`; a claim's proof `bench:kernel`
//! title = "…"                     # a line under the name
//! input = "… {size} …"            # what both sides got (a template, see below)
//! input_quick = "…"               # optional: the same under --quick
//! notes = ["…"]                   # optional templates, printed under the table
//!
//! # Exactly one of [bench.pair], [bench.spawn], [bench.build]:
//!
//! [bench.pair]                    # time a demo pair: `<demo> --json SIZE` on both sides
//! demo = "kernel"                 # src/bin/kernel.rs and its Python twin
//! size = 200000                   # SIZE for a real run …
//! quick_size = 1000               # … and under --quick
//! rust_size = 100000000           # optional: the Rust side alone again at this size
//! quick_rust_size = 2000          #   (rows with side = "rust-alone")
//! debug = true                    # optional: the Rust side from the debug build too, which must
//!                                 # print the same results (rows with side = "rust-debug")
//! same = [["threads", "sequential"]]   # optional: cases that must print the same result (each side)
//! expect = [{ case = "sequential", each = "n * (n - 1) / 2" }]  # optional: every number in the
//!                                 # case's result equals the expression (n = the size of that run)
//! [bench.read]                    # optional: numbers read from untimed result lines
//! steps = "rust:kernel_steps"     # name = "side:case" (a row's side); its first number
//!
//! [bench.spawn]                   # time whole processes, spawn to exit, from outside
//! warm_up = 3                     # untimed spawns before each row (none under --quick)
//!
//! [bench.build]                   # the sizes of the chapter's binaries, in build variants
//! probe = { bin = "deploy", case = "interpreter", free = "none" }  # optional: run this binary of
//!                                 # each variant with --json and show that case's result beside it;
//!                                 # a result starting with `free` means "needs nothing"
//! [[bench.build.variant]]
//! id = "default"                  # the ordinary build; later variants are built apart …
//! series = "Rust, default"
//! [[bench.build.variant]]
//! id = "crt_static"
//! series = "Rust, crt-static"
//! rustflags = "-C target-feature=+crt-static"   # … with these RUSTFLAGS (release; not under --quick)
//!
//! [[bench.row]]                   # pair and spawn: one row of the table each (build: implicit)
//! id = "rs_kernel"                # optional: the name of its median in expressions
//! case = "kernel"                 # pair: the demo's case; `loop_*` picks the largest `loop_<n>`
//!                                 # spawn: the row's label (a template: "{package} --help")
//! side = "rust"                   # pair: rust | python | rust-alone | rust-debug
//! label = "kernel, n = {size}"    # optional (pair): the case as shown
//! series = "Rust"                 # optional for pair (the side's name); required for spawn
//! command = ["{python}", "-c", "pass"]   # spawn: argv; `{python}` is the venv's interpreter,
//!                                 # `{tour}` the chapter's own binary
//! spawns = 200                    # spawn: how many timed spawns (2 under --quick)
//! optional = true                 # pair: leave the row out when the side printed no such case
//! detail = "{rs_kernel / steps * 1e9|2} ns/step"   # optional template: the row's last column
//!
//! [bench.let]                     # optional: named expressions, usable everywhere
//! speedup = "py_kernel / rs_kernel"
//!
//! [[bench.figure]]                # a derived figure, printed as `→ label: text`
//! label = "Python / Rust"
//! value = "speedup"
//! text = "{speedup|x}"            # optional: default the value, two decimals
//!
//! [[bench.claim]]                 # a claim of the ledger this benchmark judges
//! id = "speed/kernel-ratio"       # must exist in claims.toml
//! rule = "at-least"               # a named rule of the engine (below)
//! value = "speedup"               # the measured figure the rule compares, in base units
//! measured = "{speedup|x}"        # what the table shows as measured
//! withhold_if = "rs_ns < 0.05"    # optional: no verdict when true …
//! withhold_why = "…"              # … and why
//! # and the parameters some rules read (see `super::rules`): holds, refines, tasks, limit,
//! # floor and baseline (expressions), outside (refined | erratum), variant (a build variant's id)
//! ```
//!
//! Names in expressions: a row's `id` (its median; `id.min`, `id.max`, `id.samples`,
//! `id.number` the first number of its result, `id.n` the number a `*` case matched), the
//! `[bench.read]` and `[bench.let]` names, `size` and `rust_size` (pair), `warm_up` (spawn),
//! `machine.cores`, `machine.mhz` (the nominal clock, absent on some machines) and `machine.gil`
//! (1 or 0); in a build, `<variant>.min`, `.max`, `.mean` and `.count` of its sizes and
//! `<variant>.free` (1 when the probe says it needs nothing). In a row's templates also `median`,
//! `n`, `spawns` and the text `{program}`. Texts: `{package}`, `{profile}`, `{python}` (the real
//! interpreter, in a spawn benchmark that runs it), `{<variant>.probe}` (the probe's result).
//! A figure whose names were not measured is left out; a claim whose inputs were not measured
//! gets no verdict, and says why. Expressions and formats: [`super::expr`].
//!
//! The lecture's figure is never written here: it is the claim's `lecture_figure` in claims.toml
//! (see `crate::ledger::LectureFigure`), which the rules read. Rules ([`super::rules`]):
//! `at-least`, `orders-of-magnitude`, `within-factor`, `below`, `in-range`, `speedup`,
//! `parallel`, `no-speedup`, `at-most`, `self-contained`, `ledger`.

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;

mod validate;
pub use validate::is_count;

/// The file a chapter declares its benchmarks in.
const FILE: &str = "benches.toml";
/// Where the schema is documented, for messages.
pub const SCHEMA: &str = "xtask/src/bench/spec/mod.rs";

#[derive(Debug, thiserror::Error)]
pub enum SpecError {
    #[error("could not read {path}: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path} is not valid (schema: {SCHEMA}): {source}")]
    Parse {
        path: String,
        #[source]
        source: toml::de::Error,
    },
    #[error("{path}, benchmark `{bench}`: {why} (schema: {SCHEMA})")]
    Invalid {
        path: String,
        bench: String,
        why: String,
    },
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    #[serde(rename = "bench", default)]
    pub benches: Vec<BenchSpec>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BenchSpec {
    pub name: String,
    pub title: String,
    pub input: String,
    #[serde(default)]
    pub input_quick: Option<String>,
    #[serde(default)]
    pub notes: Vec<String>,
    #[serde(default)]
    pub pair: Option<PairSpec>,
    #[serde(default)]
    pub spawn: Option<SpawnSpec>,
    #[serde(default)]
    pub build: Option<BuildSpec>,
    #[serde(default)]
    pub read: BTreeMap<String, String>,
    #[serde(rename = "let", default)]
    pub lets: BTreeMap<String, String>,
    #[serde(rename = "row", default)]
    pub rows: Vec<RowSpec>,
    #[serde(rename = "figure", default)]
    pub figures: Vec<FigureSpec>,
    #[serde(rename = "claim", default)]
    pub claims: Vec<ClaimSpec>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PairSpec {
    pub demo: String,
    pub size: u64,
    pub quick_size: u64,
    #[serde(default)]
    pub rust_size: Option<u64>,
    #[serde(default)]
    pub quick_rust_size: Option<u64>,
    /// Also run the Rust side from the debug build (rows `side = "rust-debug"`).
    #[serde(default)]
    pub debug: bool,
    #[serde(default)]
    pub same: Vec<[String; 2]>,
    #[serde(default)]
    pub expect: Vec<Expect>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    pub case: String,
    pub each: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpawnSpec {
    #[serde(default)]
    pub warm_up: usize,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BuildSpec {
    #[serde(default)]
    pub probe: Option<Probe>,
    #[serde(rename = "variant")]
    pub variants: Vec<Variant>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Probe {
    pub bin: String,
    pub case: String,
    pub free: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Variant {
    pub id: String,
    pub series: String,
    #[serde(default)]
    pub rustflags: Option<String>,
}

/// Which run a pair row reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RowSide {
    Rust,
    Python,
    RustAlone,
    RustDebug,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RowSpec {
    #[serde(default)]
    pub id: Option<String>,
    pub case: String,
    #[serde(default)]
    pub side: Option<RowSide>,
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub series: Option<String>,
    #[serde(default)]
    pub command: Vec<String>,
    #[serde(default)]
    pub spawns: Option<usize>,
    #[serde(default)]
    pub optional: bool,
    #[serde(default)]
    pub detail: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FigureSpec {
    pub label: String,
    pub value: String,
    #[serde(default)]
    pub text: Option<String>,
}

/// A claim this benchmark judges, and the rule's parameters (each rule names the ones it reads).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimSpec {
    pub id: String,
    pub rule: Rule,
    #[serde(default)]
    pub value: Option<String>,
    /// `in-range` over several values: their least and greatest.
    #[serde(default)]
    pub min: Option<String>,
    #[serde(default)]
    pub max: Option<String>,
    pub measured: String,
    #[serde(default)]
    pub withhold_if: Option<String>,
    #[serde(default)]
    pub withhold_why: Option<String>,
    /// Factors, thresholds and counts some rules take.
    #[serde(default)]
    pub holds: Option<f64>,
    #[serde(default)]
    pub refines: Option<f64>,
    #[serde(default)]
    pub tasks: Option<f64>,
    #[serde(default)]
    pub limit: Option<f64>,
    /// `below`: what every run pays anyway (an expression), subtracted before judging.
    #[serde(default)]
    pub floor: Option<String>,
    /// `in-range`: the same thing without what the claim is about (an expression).
    #[serde(default)]
    pub baseline: Option<String>,
    /// `in-range`: the verdict when the value lies outside the range (default erratum).
    #[serde(default)]
    pub outside: Option<Outside>,
    /// `self-contained`: the variant that must need nothing, and the ordinary one.
    #[serde(default)]
    pub variant: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    AtLeast,
    OrdersOfMagnitude,
    WithinFactor,
    Below,
    InRange,
    Speedup,
    Parallel,
    NoSpeedup,
    AtMost,
    SelfContained,
    Ledger,
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = format!("{self:?}");
        let mut kebab = String::new();
        for (i, c) in name.chars().enumerate() {
            if c.is_ascii_uppercase() && i > 0 {
                kebab.push('-');
            }
            kebab.push(c.to_ascii_lowercase());
        }
        f.write_str(&kebab)
    }
}

/// The shape of lecture figure a rule compares against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    Point,
    Range,
}

/// `in-range`: the verdict for a value outside the lecture's range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outside {
    Refined,
    Erratum,
}

impl BenchSpec {
    fn kinds(&self) -> usize {
        usize::from(self.pair.is_some())
            + usize::from(self.spawn.is_some())
            + usize::from(self.build.is_some())
    }
}

/// The path of a chapter's declaration.
pub fn path(chapter_dir: &Path) -> PathBuf {
    chapter_dir.join(FILE)
}

/// The chapter's benchmarks; `None` when it declares none (no file).
pub fn load(chapter_dir: &Path) -> Result<Option<Spec>, SpecError> {
    let path = path(chapter_dir);
    if !path.is_file() {
        return Ok(None);
    }
    let shown = path.display().to_string();
    let text = fs::read_to_string(&path).map_err(|source| SpecError::Read {
        path: shown.clone(),
        source,
    })?;
    let spec: Spec = toml::from_str(&text).map_err(|source| SpecError::Parse {
        path: shown.clone(),
        source,
    })?;
    validate::validate(&spec, &shown)?;
    Ok(Some(spec))
}

impl Spec {
    pub fn names(&self) -> Vec<String> {
        self.benches.iter().map(|b| b.name.clone()).collect()
    }

    /// Every claim a benchmark judges: the benchmark's name, the claim's id, its rule.
    pub fn judged(&self) -> Vec<(&str, &str, Rule)> {
        self.benches
            .iter()
            .flat_map(|b| {
                b.claims
                    .iter()
                    .map(move |c| (b.name.as_str(), c.id.as_str(), c.rule))
            })
            .collect()
    }
}
