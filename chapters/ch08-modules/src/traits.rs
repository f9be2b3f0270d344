//! Traits against `typing.Protocol`. A trait is nominal: a type implements it only by an
//! `impl Shape for …` line, whatever methods it has. A Protocol is structural: a class with the
//! right methods is one, declared or not. Twin: python_equivalents/ch08_modules/traits.py.

use textbook_report::{Report, rejected};

pub trait Shape {
    fn area(&self) -> f64;
}

#[derive(Debug, Clone, Copy)]
pub struct Square {
    pub side: f64,
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
}

/// Has an `area` method with the trait's very signature, but no `impl Shape for Rect`.
#[derive(Debug, Clone, Copy)]
pub struct Rect {
    pub width: f64,
    pub height: f64,
}

impl Rect {
    pub fn area(&self) -> f64 {
        self.width * self.height
    }
}

pub fn total_area(shapes: &[&dyn Shape]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

pub fn demo(report: &Report) {
    let (small, big) = (Square { side: 2.0 }, Square { side: 3.0 });
    report.say("Types that implement Shape, summed through the trait:");
    report.result(
        "total_area_squares",
        format!("{:.1}", total_area(&[&small, &big])),
    );
    let rect = Rect {
        width: 2.0,
        height: 5.0,
    };
    report.say("\nA type with a matching `area` method but no `impl Shape`:");
    report.result("rect_area_called_directly", format!("{:.1}", rect.area()));
    report.contrast(
        "rect_as_shape",
        rejected(include_str!("../exercises/nominal_trait.stderr")),
        "traits/nominal-not-structural",
    );
}
