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
        // `{:?}` prints the shortest string that reads back as the same f64, as Python's repr
        // does: the two sides agree to the last digit.
        report.result(
            &format!("{}_area", kind(shape)),
            format!("{:?}", area(shape)),
        );
    }

    report.say("\nThe Rust block (PI) against the lecture's Python block (3.14159), radius 10:");
    report.contrast(
        "lecture_circle_r10",
        format!("{:?}", area(&Shape::Circle(10.0))),
        "adt/lecture-pi",
    );

    report.say("\nA fourth shape, Pentagon, added to the type but not to `area`:");
    report.contrast(
        "forgotten_variant",
        rejected(include_str!(
            "../tests/ui/enums/new-variant-unhandled.stderr"
        )),
        "adt/rust-new-variant-refused",
    );
}
