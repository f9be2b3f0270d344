//! The newtype pattern, which the chapter's goals promise and its text never shows: a one-field
//! tuple struct gives a plain number a meaning the compiler checks. `Meters + Seconds` is E0308
//! (tests/ui/newtype/); Python's `typing.NewType` is seen by mypy only and is the bare value at
//! run time.

use std::ops::Add;

use textbook_report::{Report, rejected};

use crate::json;

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Meters(pub f64);

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Seconds(pub f64);

/// Meters add to meters, and to nothing else.
impl Add for Meters {
    type Output = Meters;
    fn add(self, other: Meters) -> Meters {
        Meters(self.0 + other.0)
    }
}

/// Dividing a distance by a time is allowed, and says what it gives.
pub fn speed(distance: Meters, time: Seconds) -> f64 {
    distance.0 / time.0
}

pub fn demo(report: &Report) {
    report.say("Two f64s with different meanings, kept apart by the compiler:");
    let total = Meters(100.0) + Meters(50.0);
    report.result("meters_plus_meters", json(total.0));
    report.result("speed", json(speed(Meters(100.0), Seconds(9.58))));
    report.contrast(
        "meters_plus_seconds",
        rejected(include_str!(
            "../tests/ui/newtype/meters-plus-seconds.stderr"
        )),
        "newtype/distinct-types",
    );
    report.say("\nAt run time a newtype costs nothing: it is its field.");
    report.contrast("bytes", std::mem::size_of::<Meters>(), "newtype/zero-cost");
}
