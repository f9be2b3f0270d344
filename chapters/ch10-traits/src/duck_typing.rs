//! Traits vs duck typing: `HasArea`, `Circle`, `Rectangle` and `total_area`, with the contract
//! written down. Twin: python_equivalents/ch10_traits/duck_typing.py
use std::f64::consts::PI;

use textbook_report::{Report, rejected};

/// The contract: a type has an area once it says so with `impl HasArea for ...`.
pub trait HasArea {
    fn area(&self) -> f64;
}

#[derive(Debug)]
pub struct Circle {
    pub radius: f64,
}

#[derive(Debug)]
pub struct Rectangle {
    pub width: f64,
    pub height: f64,
}

impl HasArea for Circle {
    fn area(&self) -> f64 {
        PI * self.radius * self.radius
    }
}

impl HasArea for Rectangle {
    fn area(&self) -> f64 {
        self.width * self.height
    }
}

/// Any mix of shapes, each behind a `&dyn HasArea` (a pointer and the vtable of its type).
pub fn total_area(shapes: &[&dyn HasArea]) -> f64 {
    shapes.iter().map(|shape| shape.area()).sum()
}

/// The lecture's two shapes: a circle of radius 5 and a 3 by 4 rectangle.
pub fn lecture_total() -> f64 {
    let circle = Circle { radius: 5.0 };
    let rectangle = Rectangle {
        width: 3.0,
        height: 4.0,
    };
    total_area(&[&circle, &rectangle])
}

/// The same sum with Python's 3.14159 for π, as the Python block computes it.
#[allow(clippy::approx_constant)] // the Python block's own π, on purpose
pub fn lecture_total_with_python_pi() -> f64 {
    3.14159 * 5.0_f64.powi(2) + 3.0 * 4.0
}

pub fn demo(report: &Report) {
    report.say("total_area of a circle (r = 5) and a 3 by 4 rectangle; the lecture prints 90.54:");
    report.contrast("total_area", lecture_total(), "duck/total-area-prints");
    report.say("\nThe same sum with Python's 3.14159 for π, printed in full:");
    report.result("total_area_pi_3_14159", lecture_total_with_python_pi());
    report.say("\nA Dog, which has no area, among the shapes:");
    report.contrast(
        "total_area_dog",
        rejected(include_str!("../tests/ui/duck/dog-is-not-a-shape.stderr")),
        "duck/dog-rejected",
    );
    report.say("\nA type with its own `area` method but no `impl HasArea`:");
    report.contrast(
        "area_without_impl",
        rejected(include_str!(
            "../tests/ui/duck/area-method-without-impl.stderr"
        )),
        "duck/explicit-not-structural",
    );
    report.say("\nThe lecture's `vec![&Circle { .. }]` with a radius known only at run time:");
    report.extra(
        "temporary_shape",
        rejected(include_str!(
            "../tests/ui/duck/temporary-shape-in-vec.stderr"
        )),
        "duck/constant-promotion",
        None,
    );
}
