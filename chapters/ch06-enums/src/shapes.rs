//! Algebraic data types against union types. In Python a "shape" is a union of three dataclasses
//! and `match` picks one apart at run time; in Rust it is one `enum` whose variants carry their
//! own data, and a `match` that forgets a variant is not a program (tests/ui/enums/).

use std::f64::consts::PI;

use textbook_report::{Report, rejected};

/// The lecture's `Shape`: two variants with positional data, one with named fields.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    /// The radius.
    Circle(f64),
    /// Width and height.
    Rectangle(f64, f64),
    Triangle {
        base: f64,
        height: f64,
    },
}

/// The lecture's `area`: one arm per variant, and no arm to spare.
pub fn area(shape: &Shape) -> f64 {
    // `r`, `w`, `h` are `&f64` here (matching on a reference binds by reference); `f64 * &f64`
    // is implemented, so no `*` is needed.
    match shape {
        Shape::Circle(r) => PI * r * r,
        Shape::Rectangle(w, h) => w * h,
        Shape::Triangle { base, height } => 0.5 * base * height,
    }
}

/// The lecture's Python version uses `3.14159` where the Rust one uses `PI`: the two blocks do
/// not compute the same circle area. The gap, for a radius.
// The approximation is the point: it is the lecture's Python constant.
#[allow(clippy::approx_constant)]
pub fn lecture_pi_gap(radius: f64) -> f64 {
    (PI - 3.14159) * radius * radius
}

/// Which variant a shape is: the tag, without the data.
pub fn kind(shape: &Shape) -> &'static str {
    match shape {
        Shape::Circle(_) => "circle",
        Shape::Rectangle(..) => "rectangle",
        Shape::Triangle { .. } => "triangle",
    }
}

pub fn demo(report: &Report) {
    let shapes = [
        Shape::Circle(1.5),
        Shape::Rectangle(4.0, 6.0),
        Shape::Triangle {
            base: 3.0,
            height: 8.0,
        },
    ];
    report.say("One enum, three variants, each with its own data; `area` has one arm per variant:");
    for shape in &shapes {
        report.result(
            &format!("{}_area", kind(shape)),
            format!("{:.4}", area(shape)),
        );
    }

    report.say(
        "\nThe lecture's two versions disagree on circles: Python's block says 3.14159, Rust's PI.",
    );
    report.result("lecture_pi_gap_r10", format!("{:.6}", lecture_pi_gap(10.0)));

    report.say("\nA fourth shape, Pentagon, added to the type but not to `area`:");
    report.contrast(
        "forgotten_variant",
        rejected(include_str!(
            "../tests/ui/enums/new-variant-unhandled.stderr"
        )),
        "adt/rust-new-variant-refused",
    );
}
