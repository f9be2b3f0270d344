//! What serde cannot say about a benches.toml: one kind per benchmark, unique names, fields that
//! fit the kind, rule parameters present, and expressions and templates that parse.

use std::collections::HashSet;

use super::{BenchSpec, ClaimSpec, Needs, RowSide, Rule, Spec, SpecError};
use crate::bench::expr;

impl Rule {
    /// The lecture figure this rule needs on its claim, if any.
    pub fn needs(self) -> Option<Needs> {
        match self {
            Rule::AtLeast | Rule::WithinFactor | Rule::Below | Rule::Speedup => Some(Needs::Point),
            Rule::InRange => Some(Needs::Range),
            _ => None,
        }
    }

    /// The parameters the rule reads must be given (checked when benches.toml is read).
    fn check_params(self, claim: &ClaimSpec) -> Result<(), String> {
        let value = claim.value.is_some();
        let missing = match self {
            Rule::Ledger => None,
            Rule::SelfContained if claim.variant.is_none() => Some("`variant`"),
            Rule::SelfContained => None,
            Rule::InRange if !(value || (claim.min.is_some() && claim.max.is_some())) => {
                Some("`value`, or `min` and `max`")
            }
            Rule::InRange => None,
            _ if !value => Some("`value`"),
            Rule::Speedup | Rule::Parallel if claim.tasks.is_none() => Some("`tasks`"),
            Rule::AtMost if claim.limit.is_none() => Some("`limit`"),
            _ => None,
        };
        match missing {
            Some(what) => Err(format!("needs {what}")),
            None => Ok(()),
        }
    }
}

/// What serde cannot say: one kind per benchmark, unique names, fields that fit the kind, and
/// expressions and templates that parse.
pub(super) fn validate(spec: &Spec, path: &str) -> Result<(), SpecError> {
    let mut names = Vec::new();
    for bench in &spec.benches {
        let invalid = |why: String| SpecError::Invalid {
            path: path.to_string(),
            bench: bench.name.clone(),
            why,
        };
        if names.contains(&bench.name) {
            return Err(invalid("a second benchmark of this name".into()));
        }
        names.push(bench.name.clone());
        if bench.kinds() != 1 {
            return Err(invalid(
                "declare exactly one of [bench.pair], [bench.spawn], [bench.build]".into(),
            ));
        }
        for row in &bench.rows {
            let why = match (&bench.pair, &bench.spawn, &bench.build) {
                (Some(_), _, _) if row.side.is_none() => Some("a pair row needs `side`"),
                (Some(_), _, _) if !row.command.is_empty() => Some("a pair row has no `command`"),
                (Some(p), _, _)
                    if row.side == Some(RowSide::RustAlone) && p.rust_size.is_none() =>
                {
                    Some("a rust-alone row needs rust_size in [bench.pair]")
                }
                (Some(p), _, _) if row.side == Some(RowSide::RustDebug) && !p.debug => {
                    Some("a rust-debug row needs debug = true in [bench.pair]")
                }
                (_, Some(_), _) if row.command.is_empty() || row.series.is_none() => {
                    Some("a spawn row needs `command` and `series`")
                }
                (_, _, Some(_)) => Some("a build has no [[bench.row]]: its rows are its binaries"),
                _ => None,
            };
            if let Some(why) = why {
                return Err(invalid(format!("row `{}`: {why}", row.case)));
            }
        }
        if let Some(pair) = &bench.pair
            && pair.rust_size.is_some() != pair.quick_rust_size.is_some()
        {
            return Err(invalid(
                "give both rust_size and quick_rust_size, or neither".into(),
            ));
        }
        let mut templates: Vec<&str> = vec![&bench.title, &bench.input];
        templates.extend(bench.input_quick.as_deref());
        templates.extend(bench.notes.iter().map(String::as_str));
        templates.extend(bench.rows.iter().map(|r| r.detail.as_str()));
        templates.extend(bench.rows.iter().filter_map(|r| r.label.as_deref()));
        templates.extend(bench.figures.iter().filter_map(|f| f.text.as_deref()));
        templates.extend(bench.figures.iter().map(|f| f.label.as_str()));
        templates.extend(bench.claims.iter().map(|c| c.measured.as_str()));
        templates.extend(
            bench
                .claims
                .iter()
                .filter_map(|c| c.withhold_why.as_deref()),
        );
        if bench.spawn.is_some() {
            templates.extend(bench.rows.iter().map(|r| r.case.as_str()));
        }
        let names = names_of(bench);
        let known = |name: &str| names.contains(name);
        let counts = counts_of(bench, &names);
        let count = |name: &str| counts.contains(name);
        let unknown = |e: expr::Missing| match e {
            expr::Missing::Name(name) => invalid(format!(
                "`{name}` is no name of this benchmark (a row's id, a read, a let, a size, \
                 machine.cores, …)"
            )),
            other => invalid(other.to_string()),
        };
        for template in templates {
            expr::check_template(template, &known, &count).map_err(unknown)?;
        }
        if let Some(pair) = &bench.pair {
            for expect in &pair.expect {
                expr::check_expr(&expect.each, &|name| name == "n").map_err(unknown)?;
            }
        }
        let mut exprs: Vec<&str> = bench.lets.values().map(String::as_str).collect();
        exprs.extend(bench.figures.iter().map(|f| f.value.as_str()));
        for claim in &bench.claims {
            exprs.extend(claim.value.as_deref());
            exprs.extend(claim.min.as_deref());
            exprs.extend(claim.max.as_deref());
            exprs.extend(claim.withhold_if.as_deref());
            exprs.extend(claim.floor.as_deref());
            exprs.extend(claim.baseline.as_deref());
            claim.rule.check_params(claim).map_err(|why| {
                invalid(format!(
                    "claim `{}`, rule `{}`: {why}",
                    claim.id, claim.rule
                ))
            })?;
        }
        for e in exprs {
            expr::check_expr(e, &known).map_err(unknown)?;
        }
        for (name, source) in &bench.read {
            let side = source.split_once(':').map(|(side, _)| side);
            if !matches!(side, Some("rust" | "python" | "rust-alone" | "rust-debug")) {
                return Err(invalid(format!(
                    "read `{name}` = {source:?}: write \"side:case\" (rust, python, rust-alone, \
                     rust-debug)"
                )));
            }
        }
    }
    Ok(())
}

/// Whether the engine's name `name` is a count (a size, a number of runs, samples or cores)
/// rather than a measured quantity; a `let` is a count when its expression is one.
pub fn is_count(name: &str) -> bool {
    matches!(
        name,
        "size" | "rust_size" | "warm_up" | "spawns" | "n" | "machine.cores"
    ) || [".n", ".samples", ".count"]
        .iter()
        .any(|part| name.ends_with(part))
}

/// The names of `names` that are counts: the engine's, and each `let` of counts alone.
fn counts_of(bench: &BenchSpec, names: &HashSet<String>) -> HashSet<String> {
    let mut counts: HashSet<String> = names
        .iter()
        .filter(|name| is_count(name) && !bench.lets.contains_key(*name))
        .cloned()
        .collect();
    loop {
        let more: Vec<String> = (bench.lets.iter())
            .filter(|(name, e)| {
                !counts.contains(*name)
                    && expr::names(e)
                        .is_ok_and(|ns| !ns.is_empty() && ns.iter().all(|n| counts.contains(n)))
            })
            .map(|(name, _)| name.clone())
            .collect();
        if more.is_empty() {
            return counts;
        }
        counts.extend(more);
    }
}

/// Every name the engine will give this benchmark's expressions and templates.
fn names_of(bench: &BenchSpec) -> HashSet<String> {
    let mut names: HashSet<String> = [
        "machine.cores",
        "machine.mhz",
        "machine.gil",
        "package",
        "profile",
        "median",
        "n",
    ]
    .map(String::from)
    .into();
    for row in &bench.rows {
        if let Some(id) = &row.id {
            names.insert(id.clone());
            for part in ["min", "max", "samples", "number", "n"] {
                names.insert(format!("{id}.{part}"));
            }
        }
    }
    names.extend(bench.read.keys().cloned());
    names.extend(bench.lets.keys().cloned());
    if let Some(pair) = &bench.pair {
        names.insert("size".into());
        if pair.rust_size.is_some() {
            names.insert("rust_size".into());
        }
    }
    if bench.spawn.is_some() {
        names.extend(["warm_up", "spawns", "program", "python"].map(String::from));
    }
    if let Some(build) = &bench.build {
        for variant in &build.variants {
            for part in ["min", "max", "mean", "count", "free", "probe"] {
                names.insert(format!("{}.{part}", variant.id));
            }
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Spec, String> {
        let spec: Spec = toml::from_str(text).map_err(|e| e.to_string())?;
        validate(&spec, "benches.toml").map_err(|e| e.to_string())?;
        Ok(spec)
    }

    const PAIR: &str = r#"
        [[bench]]
        name = "kernel"
        title = "t"
        input = "n = {size}"
        [bench.pair]
        demo = "kernel"
        size = 100
        quick_size = 10
        [[bench.row]]
        id = "rs"
        case = "kernel"
        side = "rust"
        [[bench.claim]]
        id = "speed/kernel"
        rule = "at-least"
        value = "rs"
        measured = "{rs|s}"
    "#;

    #[test]
    fn a_pair_benchmark_reads_with_its_rows_and_claims() {
        let spec = parse(PAIR).unwrap();
        assert_eq!(spec.names(), ["kernel"]);
        assert_eq!(spec.judged(), [("kernel", "speed/kernel", Rule::AtLeast)]);
        assert_eq!(Rule::OrdersOfMagnitude.to_string(), "orders-of-magnitude");
    }

    #[test]
    fn a_benchmark_of_two_kinds_or_none_is_refused() {
        let two = format!("{PAIR}\n[bench.spawn]\n");
        assert!(parse(&two).unwrap_err().contains("exactly one"));
        let none = "[[bench]]\nname='x'\ntitle='t'\ninput='i'\n";
        assert!(parse(none).unwrap_err().contains("exactly one"));
    }

    #[test]
    fn an_unknown_rule_field_or_broken_template_is_named() {
        let rule = PAIR.replace("\"at-least\"", "\"roughly\"");
        assert!(parse(&rule).unwrap_err().contains("roughly"));
        let field = PAIR.replace("measured =", "mesured =");
        assert!(parse(&field).unwrap_err().contains("mesured"));
        let template = PAIR.replace("{rs|s}", "{rs|parsecs}");
        assert!(parse(&template).unwrap_err().contains("parsecs"));
        let misspelt = PAIR.replace("{rs|s}", "{rs_kernal|s}");
        assert!(
            parse(&misspelt)
                .unwrap_err()
                .contains("`rs_kernal` is no name")
        );
        let debug = PAIR.replace("side = \"rust\"", "side = \"rust-debug\"");
        assert!(parse(&debug).unwrap_err().contains("needs debug = true"));
        let side = PAIR.replace("side = \"rust\"", "");
        assert!(parse(&side).unwrap_err().contains("needs `side`"));
    }

    #[test]
    fn a_count_in_a_format_of_seconds_is_refused() {
        let seconds = PAIR.replace("n = {size}", "n = {size|s}");
        let why = parse(&seconds).unwrap_err();
        assert!(why.contains("`size` is a count"), "{why}");
        let samples = PAIR.replace("{rs|s}", "{rs|s} of {rs.samples * 2|ms}");
        assert!(parse(&samples).unwrap_err().contains("is a count"));
        assert!(parse(&PAIR.replace("n = {size}", "n = {size|long}")).is_ok());
        assert!(parse(&PAIR.replace("{rs|s}", "{rs / size|s}")).is_ok());
    }
}
