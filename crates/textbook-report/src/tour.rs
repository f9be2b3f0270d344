//! The tour (`cargo run -p chapter-NN`): every demo of a chapter in lecture order, each under
//! its section's heading. The order and the headings are read from the chapter's ledger
//! (`claims.toml`, kept in lecture order): the xtask's `list` and `run` read the same order
//! through [`lecture_order`], so the tour can never disagree with them.

use std::process::ExitCode;

use serde::Deserialize;

use crate::{Options, Report};

/// One demo of the tour: its name (`src/bin/<name>.rs`, the ledger's `demo`) and its function.
pub type Demo = (&'static str, fn(&Report));

/// A demo and the heading of the section where the ledger first names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub demo: String,
    pub heading: String,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TourError {
    #[error("the ledger does not parse: {0}")]
    Ledger(String),
    #[error("the ledger names demo `{0}`, but the tour has no function for it")]
    MissingFunction(String),
    #[error("the tour has a function for `{0}`, but no claim of the ledger names that demo")]
    Unclaimed(String),
}

/// `(demo, section)` of each claim, in ledger order → each demo once, in the order the ledger
/// first names it, with that claim's section as its heading.
pub fn lecture_order<'a>(
    claims: impl IntoIterator<Item = (Option<&'a str>, &'a str)>,
) -> Vec<Section> {
    let mut order: Vec<Section> = Vec::new();
    for (demo, section) in claims {
        let Some(demo) = demo else { continue };
        if !order.iter().any(|s| s.demo == demo) {
            order.push(Section {
                demo: demo.to_string(),
                heading: section.to_string(),
            });
        }
    }
    order
}

#[derive(Deserialize)]
struct Ledger {
    #[serde(default)]
    claim: Vec<Claim>,
}

#[derive(Deserialize)]
struct Claim {
    section: String,
    demo: Option<String>,
}

/// Pairs the ledger's order with the chapter's demos; every demo on both sides or an error.
fn plan(ledger: &str, demos: &[Demo]) -> Result<Vec<(Section, Demo)>, TourError> {
    let parsed: Ledger = toml::from_str(ledger).map_err(|e| TourError::Ledger(e.to_string()))?;
    let order = lecture_order(
        parsed
            .claim
            .iter()
            .map(|c| (c.demo.as_deref(), c.section.as_str())),
    );
    if let Some((name, _)) = demos
        .iter()
        .find(|(name, _)| !order.iter().any(|s| s.demo == *name))
    {
        return Err(TourError::Unclaimed((*name).to_string()));
    }
    order
        .into_iter()
        .map(|section| {
            let demo = demos
                .iter()
                .find(|(name, _)| *name == section.demo)
                .copied()
                .ok_or_else(|| TourError::MissingFunction(section.demo.clone()))?;
            Ok((section, demo))
        })
        .collect()
}

/// The `main` of a chapter's tour: `ledger` is `include_str!("../claims.toml")`.
pub fn tour(package: &'static str, ledger: &str, demos: &[Demo]) -> ExitCode {
    let about = "the tour of the chapter: every demo in lecture order";
    let options = Options::from_args(package, about);
    let plan = match plan(ledger, demos) {
        Ok(plan) => plan,
        Err(error) => {
            eprintln!("{package}: {error} (claims.toml and src/main.rs must name the same demos)");
            return ExitCode::FAILURE;
        }
    };
    let total = plan.len();
    for (i, (section, (demo, run))) in plan.into_iter().enumerate() {
        let report = Report::new(demo, options.json);
        report.say(heading(i + 1, total, &section.heading, package, demo));
        run(&report);
    }
    ExitCode::SUCCESS
}

/// A demo's heading in the tour: its place in the tour, the section's title without the
/// lecture's own numbering (the lecture numbers the sub-sections of one part, "1. Runtime type
/// errors" under "Python's pain points", so a tour would otherwise count 1–4 from its third
/// heading), and on a line of its own the command that runs the demo alone.
fn heading(place: usize, total: usize, section: &str, package: &str, demo: &str) -> String {
    let title = section
        .split_once(". ")
        .filter(|(number, _)| !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()))
        .map_or(section, |(_, title)| title);
    format!("\n══ {place}/{total}  {title} ══\n   cargo run -p {package} --bin {demo}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nothing(_: &Report) {}

    const LEDGER: &str = r#"
[[claim]]
section = "Intro"
demo = "b"
[[claim]]
section = "No demo here"
[[claim]]
section = "Later"
demo = "a"
[[claim]]
section = "Later still"
demo = "b"
"#;

    #[test]
    fn demos_come_in_the_order_the_ledger_first_names_them() {
        let plan = plan(LEDGER, &[("a", nothing), ("b", nothing)]).unwrap();
        let order: Vec<(&str, &str)> = plan
            .iter()
            .map(|(s, _)| (s.demo.as_str(), s.heading.as_str()))
            .collect();
        assert_eq!(order, [("b", "Intro"), ("a", "Later")]);
    }

    #[test]
    fn headings_count_the_tour_s_own_places_not_the_lecture_s_numbers() {
        let third = heading(3, 8, "1. Runtime type errors", "chapter-01", "type_errors");
        assert!(third.contains("══ 3/8  Runtime type errors ══"), "{third}");
        assert!(!third.contains("1."), "{third}");
        assert!(
            third.contains("cargo run -p chapter-01 --bin type_errors"),
            "{third}"
        );
        let first = heading(1, 8, "Performance: from minutes to milliseconds", "p", "d");
        assert!(
            first.contains("1/8  Performance: from minutes to milliseconds"),
            "{first}"
        );
        // A title that merely starts with a number keeps it.
        let year = heading(2, 2, "2024 edition. What changed", "p", "d");
        assert!(year.contains("2/2  2024 edition. What changed"), "{year}");
        for line in third.lines() {
            assert!(line.chars().count() <= 80, "{line}");
        }
    }

    #[test]
    fn a_demo_the_ledger_names_needs_a_function() {
        let err = plan(LEDGER, &[("a", nothing)]).unwrap_err();
        assert_eq!(err, TourError::MissingFunction("b".into()));
    }

    #[test]
    fn a_function_no_claim_names_is_refused() {
        let err = plan(LEDGER, &[("a", nothing), ("b", nothing), ("c", nothing)]).unwrap_err();
        assert_eq!(err, TourError::Unclaimed("c".into()));
    }
}
