//! The rules that set one measured value against the lecture's figure (or, for orders of
//! magnitude, against a fixed scale). Apart from the parallel rules because nothing about the
//! machine enters them: only the figure, its unit, and how far off the rule tolerates.

use super::{Ruled, show};
use crate::bench::stats::times;
use crate::ledger::{FigureUnit, Verdict};

pub(super) fn at_least(value: f64, figure: f64, refines: f64, unit: FigureUnit) -> Ruled {
    let (v, f) = (show(unit, value), show(unit, figure));
    Some(if value >= figure {
        (Verdict::Holds, format!("{v} ≥ the lecture's {f} (rule)"))
    } else if value >= figure / refines {
        (
            Verdict::Refined,
            format!("{v}, below the lecture's {f} (rule: within {refines}× below refines)"),
        )
    } else {
        (
            Verdict::Erratum,
            format!("{v}, far below the lecture's {f} (rule: more than {refines}× below)"),
        )
    })
}

/// "Orders of magnitude faster": `orders` orders hold it, one order refines it.
pub fn orders_of_magnitude(ratio: f64, orders: f64) -> Ruled {
    let r = times(ratio);
    let needed = 10f64.powf(orders);
    Some(if ratio >= needed {
        (
            Verdict::Holds,
            format!(
                "{r} is at least {orders} orders of magnitude (rule: ≥ {} holds)",
                times(needed)
            ),
        )
    } else if ratio >= 10.0 {
        (
            Verdict::Refined,
            format!("{r}: one order of magnitude, not several (rule: 10–{needed}× refines)"),
        )
    } else {
        (
            Verdict::Erratum,
            format!("{r} is less than one order of magnitude (rule: < 10× is an erratum)"),
        )
    })
}

pub(super) fn within_factor(
    value: f64,
    figure: f64,
    holds: f64,
    refines: f64,
    unit: FigureUnit,
) -> Ruled {
    let off = value / figure;
    let f = show(unit, figure);
    Some(if (1.0 / holds..=holds).contains(&off) {
        (
            Verdict::Holds,
            format!("within {holds}× of the lecture's {f} (rule)"),
        )
    } else if (1.0 / refines..=refines).contains(&off) {
        (
            Verdict::Refined,
            format!(
                "{} off the lecture's {f} (rule: {holds}–{refines}× off refines)",
                times(off.max(1.0 / off))
            ),
        )
    } else {
        let how = if off > 1.0 {
            format!("{} more than", times(off))
        } else {
            format!("{} less than", times(1.0 / off))
        };
        (
            Verdict::Erratum,
            format!("{how} the lecture's {f} (rule: more than {refines}× off is an erratum)"),
        )
    })
}

pub(super) fn below(
    value: f64,
    figure: f64,
    floor: Option<f64>,
    refines: f64,
    unit: FigureUnit,
) -> Ruled {
    let (v, f) = (show(unit, value), show(unit, figure));
    let floor = floor.unwrap_or(0.0);
    let own = value - floor;
    let (o, fl) = (show(unit, own.max(0.0)), show(unit, floor));
    Some(if value < figure {
        (
            Verdict::Holds,
            format!("{v} < {f}, everything included (rule)"),
        )
    } else if own < figure {
        (
            Verdict::Holds,
            format!(
                "{v}, of which {fl} is the floor every run pays: {o} above it, < {f} (rule: \
                 above the floor, < {f} holds)"
            ),
        )
    } else if own < refines * figure {
        (
            Verdict::Refined,
            format!("{o} above the floor (rule: up to {refines}× the lecture's {f} refines)"),
        )
    } else {
        (
            Verdict::Erratum,
            format!("{o} above the floor (rule: ≥ {refines}× the lecture's {f} is an erratum)"),
        )
    })
}

pub(super) fn in_range(
    min: f64,
    max: f64,
    (low, high): (f64, f64),
    baseline: Option<f64>,
    outside: Verdict,
    show: impl Fn(f64) -> String,
) -> Ruled {
    let span = if min == max {
        show(min)
    } else {
        format!("{}–{}", show(min), show(max))
    };
    let range = format!("{}–{}", show(low), show(high));
    let inside = |v: f64| (low..=high).contains(&v);
    Some(match (inside(min), inside(max)) {
        (true, true) => match baseline {
            Some(base) if base < low => (
                Verdict::Refined,
                format!(
                    "{span} lies in {range}, but without what the claim is about it is {}: the \
                     time is that part's (rule: in range with the baseline below it refines)",
                    show(base)
                ),
            ),
            _ => (Verdict::Holds, format!("{span} lies in {range} (rule)")),
        },
        (true, false) | (false, true) => (
            Verdict::Refined,
            format!("{span}: only partly in {range} (rule: partly inside refines)"),
        ),
        // Covering the range and past both its ends: the range is too narrow, not misplaced.
        (false, false) if min < low && max > high => (
            Verdict::Refined,
            format!(
                "{span} runs past both ends of {range}: the range is too narrow (rule: a span \
                 wider than the range refines)"
            ),
        ),
        _ => {
            let side = if max < low { "below" } else { "above" };
            (
                outside,
                format!("{span}: all {side} {range} (rule: outside the range is `{outside}`)"),
            )
        }
    })
}
