//! From what a benchmark measured to what the report shows: the rows with their details, the
//! chapter's figures, and a verdict for each claim by its named rule. Everything a chapter
//! writes in its `benches.toml` is evaluated here, in one [`Names`] scope.

use std::cell::Cell;
use std::collections::{BTreeMap, HashMap};

use super::expr::{self, Missing, Scope};
use super::rules::{self, Input};
use super::spec::{BenchSpec, ClaimSpec, Rule};
use super::stats::{Stats, Unit};
use super::{Bench, ClaimRow, Ctx, Figure, Row, verdict};

/// What a benchmark's runner measured, before the chapter's figures are computed.
#[derive(Debug, Default)]
pub(crate) struct Measured {
    pub rows: Vec<Measure>,
    /// Row ids (their medians), reads, sizes: the names expressions use.
    pub numbers: HashMap<String, f64>,
    pub texts: HashMap<String, String>,
    pub unit: Option<Unit>,
    /// Build variants: whether each needs nothing from the system (per the probe).
    pub free: HashMap<String, bool>,
}

/// One measured row, with the templates that describe it.
#[derive(Debug)]
pub(crate) struct Measure {
    pub case: String,
    /// The case as shown, a template (the case itself when `None`).
    pub label: Option<String>,
    pub series: String,
    pub stats: Stats,
    pub result: String,
    pub detail: String,
    /// Names only this row's templates see: `median`, `n`, `spawns`, `program`.
    pub locals: HashMap<String, f64>,
    pub local_texts: HashMap<String, String>,
}

impl Measure {
    pub fn new(case: String, series: String, stats: Stats, result: String) -> Measure {
        let mut locals = HashMap::new();
        locals.insert("median".to_string(), stats.median);
        Measure {
            case,
            label: None,
            series,
            stats,
            result,
            detail: String::new(),
            locals,
            local_texts: HashMap::new(),
        }
    }
}

/// Registers a row's figures under its id: `id` (the median), `id.min`, `id.max`,
/// `id.samples`, `id.number` (the first number of its result) and `id.n` (the number its `*`
/// case matched).
pub(crate) fn name_row(numbers: &mut HashMap<String, f64>, id: &str, row: &Measure) {
    numbers.insert(id.to_string(), row.stats.median);
    numbers.insert(format!("{id}.min"), row.stats.min);
    numbers.insert(format!("{id}.max"), row.stats.max);
    numbers.insert(format!("{id}.samples"), row.stats.samples as f64);
    if let Some(first) = numbers_in(&row.result).first() {
        numbers.insert(format!("{id}.number"), *first);
    }
    if let Some(n) = row.locals.get("n") {
        numbers.insert(format!("{id}.n"), *n);
    }
}

/// Every number written in a text, in order: `"7994001 steps, sum = 12"` → `[7994001, 12]`.
pub(crate) fn numbers_in(text: &str) -> Vec<f64> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .filter(|w| w.chars().any(|c| c.is_ascii_digit()))
        .filter_map(|w| w.trim_matches('.').parse().ok())
        .collect()
}

/// The names of one benchmark: its measurements, its `let`s, the machine, and (inside a row's
/// templates) the row's own.
struct Names<'a> {
    numbers: &'a HashMap<String, f64>,
    texts: &'a HashMap<String, String>,
    lets: &'a BTreeMap<String, String>,
    /// The row whose templates are being filled, if any.
    row: Option<&'a Measure>,
    depth: Cell<usize>,
}

impl Scope for Names<'_> {
    fn number(&self, name: &str) -> Result<f64, Missing> {
        if let Some(v) = self.row.and_then(|r| r.locals.get(name)) {
            return Ok(*v);
        }
        if let Some(v) = self.numbers.get(name) {
            return Ok(*v);
        }
        let Some(expr) = self.lets.get(name) else {
            return Err(Missing::Name(name.to_string()));
        };
        if self.depth.get() > 32 {
            return Err(Missing::Syntax {
                expr: expr.clone(),
                why: format!("`{name}` is defined in terms of itself"),
            });
        }
        self.depth.set(self.depth.get() + 1);
        let value = expr::eval(expr, self);
        self.depth.set(self.depth.get() - 1);
        value
    }

    fn text(&self, name: &str) -> Option<String> {
        self.row
            .and_then(|r| r.local_texts.get(name))
            .or_else(|| self.texts.get(name))
            .cloned()
    }

    fn is_count(&self, name: &str) -> bool {
        let measured = self.row.is_some_and(|r| r.locals.contains_key(name))
            || self.numbers.contains_key(name);
        match self.lets.get(name) {
            Some(expr) if !measured && self.depth.get() <= 32 => {
                self.depth.set(self.depth.get() + 1);
                let count = expr::is_count(expr, self);
                self.depth.set(self.depth.get() - 1);
                count
            }
            Some(_) if !measured => false,
            _ => super::spec::is_count(name),
        }
    }
}

/// The benchmark as the report shows it.
pub(crate) fn bench(ctx: &Ctx<'_>, spec: &BenchSpec, mut measured: Measured) -> Bench {
    let machine = ctx.machine;
    measured
        .numbers
        .insert("machine.cores".into(), machine.cores as f64);
    measured.numbers.insert(
        "machine.gil".into(),
        if machine.gil_enabled { 1.0 } else { 0.0 },
    );
    if let Some(mhz) = machine.nominal_mhz {
        measured.numbers.insert("machine.mhz".into(), mhz);
    }
    measured
        .texts
        .insert("package".into(), ctx.chapter.package.clone());
    let profile = if ctx.release() { "release" } else { "debug" };
    measured.texts.insert("profile".into(), profile.into());

    let names = Names {
        numbers: &measured.numbers,
        texts: &measured.texts,
        lets: &spec.lets,
        row: None,
        depth: Cell::new(0),
    };
    let shown = |template: &str| {
        expr::render(template, &names).unwrap_or_else(|e| format!("(not measured: {e})"))
    };

    let rows = measured
        .rows
        .iter()
        .map(|m| {
            let local = Names {
                row: Some(m),
                ..names_again(&names)
            };
            let render = |t: &str| expr::render(t, &local);
            Row {
                case: m
                    .label
                    .as_deref()
                    .map(|l| render(l).unwrap_or_else(|_| m.case.clone()))
                    .unwrap_or_else(|| m.case.clone()),
                series: m.series.clone(),
                stats: m.stats,
                result: m.result.clone(),
                detail: render(&m.detail).unwrap_or_else(|e| format!("(no figure: {e})")),
            }
        })
        .collect();

    // A figure whose names were not measured (an optional row, no clock) is left out.
    let figures = spec
        .figures
        .iter()
        .filter_map(|f| {
            let value = expr::eval(&f.value, &names).ok()?;
            let text = match &f.text {
                Some(t) => expr::render(t, &names).ok()?,
                None => format!("{value:.2}"),
            };
            Some(Figure {
                label: expr::render(&f.label, &names).ok()?,
                value,
                text,
            })
        })
        .collect();

    let claims = spec
        .claims
        .iter()
        .map(|c| claim(ctx, spec, c, &names, &measured.free))
        .collect();
    let input = match (&spec.input_quick, ctx.quick) {
        (Some(quick), true) => quick,
        _ => &spec.input,
    };
    Bench {
        name: spec.name.clone(),
        title: shown(&spec.title),
        input: shown(input),
        unit: measured.unit.unwrap_or(Unit::Seconds),
        rows,
        figures,
        claims,
        notes: spec
            .notes
            .iter()
            .filter_map(|n| expr::render(n, &names).ok())
            .collect(),
    }
}

fn names_again<'a>(names: &Names<'a>) -> Names<'a> {
    Names {
        numbers: names.numbers,
        texts: names.texts,
        lets: names.lets,
        row: None,
        depth: Cell::new(0),
    }
}

fn claim(
    ctx: &Ctx<'_>,
    spec: &BenchSpec,
    c: &ClaimSpec,
    names: &Names<'_>,
    free: &HashMap<String, bool>,
) -> ClaimRow {
    // The lecture's figure is what a rule measures against; the ledger's words are not kept
    // (the report is shown with the ledger as it is then).
    let figure = ctx
        .ledger
        .claim(&c.id)
        .and_then(|e| e.lecture_figure.as_ref());
    let measured =
        expr::render(&c.measured, names).unwrap_or_else(|e| format!("(not measured: {e})"));
    let withheld = |why: String| verdict::withheld(&c.id, &measured, &why);

    if let Some(condition) = &c.withhold_if {
        match expr::eval(condition, names) {
            Ok(v) if v != 0.0 => {
                let why = c
                    .withhold_why
                    .as_deref()
                    .unwrap_or("the data cannot support one");
                let why = expr::render(why, names).unwrap_or_else(|_| why.to_string());
                return withheld(format!("no verdict: {why}"));
            }
            Ok(_) => {}
            Err(e) => return withheld(format!("no verdict: {e}")),
        }
    }
    let eval = |e: &Option<String>| -> Result<Option<f64>, Missing> {
        e.as_deref().map(|e| expr::eval(e, names)).transpose()
    };
    let evaluated = (|| {
        Ok::<_, Missing>((
            eval(&c.value)?,
            eval(&c.min)?,
            eval(&c.max)?,
            eval(&c.floor)?,
            eval(&c.baseline)?,
        ))
    })();
    let (value, min, max, floor, baseline) = match evaluated {
        Ok(v) => v,
        Err(e) => return withheld(format!("no verdict: {e}")),
    };
    let ordinary = spec
        .build
        .as_ref()
        .and_then(|b| b.variants.first())
        .and_then(|v| free.get(&v.id).copied());
    let variant = c.variant.as_ref().and_then(|v| free.get(v).copied());
    let input = Input {
        value,
        min,
        max,
        floor,
        baseline,
        figure,
        cores: ctx.machine.cores,
        gil: ctx.machine.gil_enabled,
        ordinary_free: ordinary,
        variant_free: variant,
    };
    match rules::judge(c, &input) {
        // A deciding rule that does not hold on this run leaves the verdict to the ledger, but
        // never lets the table print `holds` against the run's own rule.
        Ok(None) if c.rule != Rule::Ledger => {
            let rule = match (c.rule, c.limit) {
                (Rule::AtMost, Some(limit)) => format!("`at-most` (≤ {limit})"),
                (rule, _) => format!("`{rule}`"),
            };
            verdict::rule_failed(&c.id, &measured, &rule)
        }
        Ok(ruled) => verdict::row(&c.id, &measured, ruled),
        Err(why) if c.rule == Rule::SelfContained => withheld(why),
        Err(why) => withheld(format!("no verdict: {why}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_out_of_result_text() {
        assert_eq!(
            numbers_in("7994001 steps, sum mod 2^64 = 12"),
            [7994001.0, 2.0, 64.0, 12.0]
        );
        assert_eq!(numbers_in("1,2,3"), [1.0, 2.0, 3.0]);
        assert_eq!(numbers_in("0.5 s."), [0.5]);
        assert!(numbers_in("none").is_empty());
    }

    #[test]
    fn a_let_may_use_another_but_not_itself() {
        let numbers = HashMap::from([("a".to_string(), 2.0)]);
        let texts = HashMap::new();
        let lets = BTreeMap::from([
            ("b".to_string(), "a * 3".to_string()),
            ("c".to_string(), "b + 1".to_string()),
            ("loop".to_string(), "loop + 1".to_string()),
        ]);
        let names = Names {
            numbers: &numbers,
            texts: &texts,
            lets: &lets,
            row: None,
            depth: Cell::new(0),
        };
        assert_eq!(expr::eval("c", &names), Ok(7.0));
        assert!(matches!(
            expr::eval("loop", &names),
            Err(Missing::Syntax { .. })
        ));
    }

    #[test]
    fn a_count_prints_as_a_count_even_in_the_long_format() {
        let numbers = HashMap::from([
            ("size".to_string(), 200_000.0),
            ("rs".to_string(), 90_000.0),
        ]);
        let texts = HashMap::new();
        let lets = BTreeMap::from([
            ("steps".to_string(), "size * 4".to_string()),
            ("loop".to_string(), "loop + 1".to_string()),
        ]);
        let names = Names {
            numbers: &numbers,
            texts: &texts,
            lets: &lets,
            row: None,
            depth: Cell::new(0),
        };
        let shown = |t: &str| expr::render(t, &names).unwrap();
        assert_eq!(shown("n = {size|long}"), "n = 200,000");
        assert_eq!(shown("{steps|long} steps"), "800,000 steps");
        // A time, or a time per count, is still a time.
        assert_eq!(shown("{rs|long}"), "1.0 days");
        assert_eq!(shown("{rs / size * 1e6|long}"), "5.2 days");
        assert!(expr::render("{loop|long}", &names).is_err());
    }
}
