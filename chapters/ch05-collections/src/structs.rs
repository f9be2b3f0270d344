//! Structs against classes: the lecture's `Rectangle`, a struct with an `impl` block and a
//! `Display` impl for Python's `__str__`. Two things the lecture's comments get subtly wrong are
//! shown here: `{}` prints the f64 `50.0` as `50`, and a struct is "on the stack" only when its
//! owner is; what holds everywhere is that it is 16 bytes of fields with no header.

use std::fmt;

use textbook_report::Report;

use crate::json;

#[derive(Debug, Clone)]
pub struct Rectangle {
    pub width: f64,
    pub height: f64,
}

impl Rectangle {
    /// An associated function (no `self`): `new` is a naming convention, not a language rule.
    pub fn new(width: f64, height: f64) -> Self {
        Rectangle { width, height }
    }

    pub fn area(&self) -> f64 {
        self.width * self.height
    }

    pub fn perimeter(&self) -> f64 {
        2.0 * (self.width + self.height)
    }

    pub fn scale(&self, factor: f64) -> Rectangle {
        Rectangle::new(self.width * factor, self.height * factor)
    }
}

/// Python's `__str__`. `{}` on a whole-valued f64 prints no `.0` (std 1.95 writes the shortest
/// decimal that reads back as the same number; the docs leave the digits unspecified):
/// "Rectangle(10 x 5)".
impl fmt::Display for Rectangle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Rectangle({} x {})", self.width, self.height)
    }
}

/// How the lecture's `println!("{}", r.area())` prints, and how `{:?}` would.
pub fn area_printed(r: &Rectangle) -> (String, String) {
    (format!("{}", r.area()), format!("{:?}", r.area()))
}

/// Bytes of one `Rectangle` and of a `Vec` holding `n` of them (its buffer, on the heap).
pub fn sizes(n: usize) -> (usize, usize) {
    let many = vec![Rectangle::new(1.0, 2.0); n];
    (
        std::mem::size_of::<Rectangle>(),
        std::mem::size_of_val(many.as_slice()),
    )
}

pub fn demo(report: &Report) {
    let r = Rectangle::new(10.0, 5.0);
    report.say("The lecture's Rectangle, its methods and its Display (Python's __str__):");
    report.result("area_json", json(r.area()));
    report.contrast(
        "area_printed",
        area_printed(&r).0,
        "display/f64-whole-number",
    );
    report.result("area_debug", area_printed(&r).1);
    report.contrast("str", &r, "display/f64-whole-number");
    report.result("perimeter", json(r.perimeter()));
    let bigger = r.scale(2.0);
    report.result("scaled", json((bigger.width, bigger.height)));

    report.say("\nMemory: 16 bytes of fields and nothing else, in place wherever the owner is:");
    let (one, thousand) = sizes(1000);
    report.contrast("bytes_per_rectangle", one, "structs/memory-layout");
    report.contrast("bytes_for_1000", thousand, "structs/memory-layout");
}
