//! Associated types (`type Item`, `type Output`) and operator overloading: `Vec2` and `impl Add`.
//! Twin: python_equivalents/ch10_traits/operators.py
use std::ops::{Add, Mul, Sub};

use textbook_report::{Report, rejected};

/// The associated-types block's Countdown: it counts `remaining` down and yields what is left
/// after each step, so 3 gives 2, 1, 0 (the earlier Countdown's 5 gives 5, 4, 3, 2, 1).
#[derive(Debug)]
pub struct Countdown {
    pub remaining: u32,
}

impl Iterator for Countdown {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        // Step down first, then yield what is left: 3 gives 2, 1, 0; at 0 `checked_sub` ends it.
        self.remaining = self.remaining.checked_sub(1)?;
        Some(self.remaining)
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Vec2 {
    pub x: f64,
    pub y: f64,
}

impl Add for Vec2 {
    type Output = Vec2;

    fn add(self, rhs: Vec2) -> Vec2 {
        Vec2 {
            x: self.x + rhs.x,
            y: self.y + rhs.y,
        }
    }
}

/// The opt-in the lecture mentions: with this impl, `Vec2 + i32` compiles (it moves both
/// coordinates by the integer).
impl Add<i32> for Vec2 {
    type Output = Vec2;

    fn add(self, rhs: i32) -> Vec2 {
        let shift = f64::from(rhs);
        Vec2 {
            x: self.x + shift,
            y: self.y + shift,
        }
    }
}

/// The glance table's other two operators: `-` is `Sub`, `*` is `Mul`, one impl per pair of
/// operand types. `f64 * Vec2` is its own impl, on f64 (allowed: Vec2 is local), where Python
/// needs `__rmul__`.
impl Sub for Vec2 {
    type Output = Vec2;

    fn sub(self, rhs: Vec2) -> Vec2 {
        Vec2 {
            x: self.x - rhs.x,
            y: self.y - rhs.y,
        }
    }
}

impl Mul<f64> for Vec2 {
    type Output = Vec2;

    fn mul(self, factor: f64) -> Vec2 {
        Vec2 {
            x: self.x * factor,
            y: self.y * factor,
        }
    }
}

impl Mul<Vec2> for f64 {
    type Output = Vec2;

    fn mul(self, v: Vec2) -> Vec2 {
        v * self
    }
}

pub fn show(v: Vec2) -> String {
    format!("Vec2({}, {})", v.x, v.y)
}

pub fn demo(report: &Report) {
    report.say("The associated-types Countdown from 3, collected:");
    let left: Vec<String> = Countdown { remaining: 3 }.map(|n| n.to_string()).collect();
    report.result("countdown_remaining", left.join(", "));
    report.say("\nThe block as printed declares its own `trait Iterator`; a for loop wants std's:");
    report.extra(
        "own_iterator_trait",
        rejected(include_str!(
            "../tests/ui/assoc/own-iterator-trait-in-for.stderr"
        )),
        "assoc/block-shadows-iterator",
        None,
    );
    let a = Vec2 { x: 1.0, y: 2.0 };
    let b = Vec2 { x: 3.0, y: 4.0 };
    report.say("\na + b:");
    report.result("vec2_add", show(a + b));
    report.say("\na + 5 without an Add<i32> impl:");
    report.contrast(
        "vec2_plus_int",
        rejected(include_str!("../exercises/vec2_plus_int.stderr")),
        "ops/vec2-plus-i32",
    );
    report.say("\na + 5 with `impl Add<i32> for Vec2`:");
    report.extra(
        "vec2_plus_int_opt_in",
        show(a + 5),
        "ops/vec2-plus-i32",
        None,
    );
}
