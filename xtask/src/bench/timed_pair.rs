//! `[bench.pair]`: a demo pair run at the chapter's size, `runs` times on both sides (and, if
//! declared, the Rust side alone again at a size Python would take minutes over). Its rows are
//! timed cases; before any figure is taken, the results are checked: parity on every run (in
//! [`super::pairs`]), the same result run after run, the cases the chapter says must agree, and
//! the closed forms it gives.

use super::assemble::{Measure, Measured, name_row, numbers_in};
use super::expr::{self, Missing, Scope};
use super::pairs::{self, Mode, Runs, Side};
use super::spec::{BenchSpec, PairSpec, RowSide};
use super::stats::Unit;
use super::{BenchError, Ctx, failed};

pub(crate) fn measure(
    ctx: &mut Ctx<'_>,
    spec: &BenchSpec,
    pair: &PairSpec,
) -> Result<Measured, BenchError> {
    let name = spec.name.as_str();
    let size = if ctx.quick {
        pair.quick_size
    } else {
        pair.size
    };
    let paired = pairs::run(ctx, name, &pair.demo, size, Mode::Pair)?;
    let alone = match (pair.rust_size, pair.quick_rust_size) {
        (Some(big), Some(quick)) => {
            let n = if ctx.quick { quick } else { big };
            Some((n, pairs::run(ctx, name, &pair.demo, n, Mode::RustAlone)?))
        }
        _ => None,
    };
    let debug = if pair.debug {
        // The same demo from the debug build, which must print what the release build printed.
        crate::pair::build(ctx.ws, ctx.chapter, false)?;
        let runs = pairs::run(ctx, name, &pair.demo, size, Mode::RustDebug)?;
        for case in runs.cases(Side::Rust) {
            let (debug_result, release_result) = (
                runs.value(Side::Rust, &case)?,
                paired.value(Side::Rust, &case)?,
            );
            if debug_result != release_result {
                return Err(failed(
                    name,
                    format!(
                        "`{case}` printed {debug_result:?} in the debug build and \
                         {release_result:?} in the release build"
                    ),
                ));
            }
        }
        Some(runs)
    } else {
        None
    };
    let mut measured = Measured {
        unit: Some(Unit::Seconds),
        ..Measured::default()
    };
    measured.numbers.insert("size".into(), size as f64);
    if let Some((n, _)) = &alone {
        measured.numbers.insert("rust_size".into(), *n as f64);
    }

    // Every run of each side, with the size it ran at.
    let mut sides = vec![(&paired, Side::Rust, size), (&paired, Side::Python, size)];
    if let Some((n, runs)) = &alone {
        sides.push((runs, Side::Rust, *n));
    }
    for (runs, side, n) in &sides {
        let cases = runs.cases(*side);
        for [a, b] in &pair.same {
            if cases.contains(a) && cases.contains(b) {
                runs.same_result((*side, a), (*side, b))?;
            }
        }
        for expect in &pair.expect {
            if cases.contains(&expect.case) {
                check_closed_form(runs, *side, *n, &expect.case, &expect.each, name)?;
            }
        }
    }

    let runs_of = Sources {
        paired: &paired,
        alone: alone.as_ref().map(|(_, r)| r),
        debug: debug.as_ref(),
    };
    for (read, source) in &spec.read {
        let (side, case) = source.split_once(':').unwrap_or(("rust", source));
        let (runs, side) = pick(name, &runs_of, side_of(side))?;
        let text = runs.value(side, case)?;
        let number = numbers_in(&text).first().copied().ok_or_else(|| {
            failed(
                name,
                format!("`{case}` printed {text:?}, in which `{read}` finds no number"),
            )
        })?;
        measured.numbers.insert(read.clone(), number);
    }

    for row in &spec.rows {
        let side = row.side.unwrap_or(RowSide::Rust);
        let (runs, timed_side) = pick(name, &runs_of, side)?;
        let Some((case, n)) = resolve(&runs.cases(timed_side), &row.case) else {
            if row.optional {
                continue;
            }
            return Err(failed(
                name,
                format!(
                    "the {} side of `{}` printed no case `{}`; the row reads it",
                    timed_side.name(),
                    pair.demo,
                    row.case
                ),
            ));
        };
        let timed = runs.timed(timed_side, &case)?;
        let series = row
            .series
            .clone()
            .unwrap_or_else(|| timed_side.name().to_string());
        let mut m = Measure::new(case, series, timed.stats, timed.result);
        m.label = row.label.clone();
        m.detail = row.detail.clone();
        if let Some(n) = n {
            m.locals.insert("n".into(), n);
        }
        if let Some(id) = &row.id {
            name_row(&mut measured.numbers, id, &m);
        }
        measured.rows.push(m);
    }
    Ok(measured)
}

fn side_of(side: &str) -> RowSide {
    match side {
        "python" => RowSide::Python,
        "rust-alone" => RowSide::RustAlone,
        "rust-debug" => RowSide::RustDebug,
        _ => RowSide::Rust,
    }
}

/// The runs a row or a read may name.
struct Sources<'r> {
    paired: &'r Runs,
    alone: Option<&'r Runs>,
    debug: Option<&'r Runs>,
}

fn pick<'r>(
    bench: &str,
    runs: &Sources<'r>,
    side: RowSide,
) -> Result<(&'r Runs, Side), BenchError> {
    let missing = |what: &str| {
        failed(
            bench,
            format!("a row reads `{what}`, which [bench.pair] does not run"),
        )
    };
    match side {
        RowSide::Rust => Ok((runs.paired, Side::Rust)),
        RowSide::Python => Ok((runs.paired, Side::Python)),
        RowSide::RustAlone => runs
            .alone
            .map(|r| (r, Side::Rust))
            .ok_or_else(|| missing("rust-alone (give rust_size)")),
        RowSide::RustDebug => runs
            .debug
            .map(|r| (r, Side::Rust))
            .ok_or_else(|| missing("rust-debug (set debug = true)")),
    }
}

/// The case a row names: itself, or for `prefix*` the printed `prefix<n>` with the largest n.
fn resolve(cases: &[String], wanted: &str) -> Option<(String, Option<f64>)> {
    match wanted.strip_suffix('*') {
        None => cases
            .iter()
            .find(|c| *c == wanted)
            .map(|c| (c.clone(), None)),
        Some(prefix) => cases
            .iter()
            .filter_map(|c| Some((c, c.strip_prefix(prefix)?.parse::<u64>().ok()?)))
            .max_by_key(|(_, n)| *n)
            .map(|(c, n)| (c.clone(), Some(n as f64))),
    }
}

/// Every number of `case`'s result must equal `each` at this run's size `n` (to 1 part in
/// 10⁹: the results are exact integers, the closed form is computed in floating point).
fn check_closed_form(
    runs: &Runs,
    side: Side,
    n: u64,
    case: &str,
    each: &str,
    bench: &str,
) -> Result<(), BenchError> {
    struct N(f64);
    impl Scope for N {
        fn number(&self, name: &str) -> Result<f64, Missing> {
            match name {
                "n" => Ok(self.0),
                other => Err(Missing::Name(other.to_string())),
            }
        }
    }
    let expected = expr::eval(each, &N(n as f64)).map_err(|e| {
        failed(
            bench,
            format!("expect `{case}`: {e} (only `n` is known here)"),
        )
    })?;
    let printed = runs.value(side, case)?;
    let numbers = numbers_in(&printed);
    let close = |v: &f64| (v - expected).abs() <= 1e-9 * expected.abs().max(1.0);
    if numbers.is_empty() || !numbers.iter().all(close) {
        return Err(failed(
            bench,
            format!(
                "the {} side's `{case}` at n = {n} printed {printed:?}; every number in it \
                 should be {each} = {expected}",
                side.name()
            ),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_star_case_picks_the_largest_size_printed() {
        let cases: Vec<String> = ["loop_1000", "loop_4000", "loop_2000", "kernel"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            resolve(&cases, "loop_*"),
            Some(("loop_4000".into(), Some(4000.0)))
        );
        assert_eq!(resolve(&cases, "kernel"), Some(("kernel".into(), None)));
        assert_eq!(resolve(&cases, "missing"), None);
        assert_eq!(resolve(&cases, "none_*"), None);
    }
}
