//! Type definitions: `struct`, `enum`, `impl`, `trait` and `type`, with the lecture's `Point`,
//! `Shape`, `Drawable` and `UserId`.

use std::f64::consts::PI;

use textbook_report::{Report, rejected};

/// The lecture's `Point`. Unlike a dataclass it gets no `repr` and no `==` of its own: both are
/// derived here, on request (tests/ui/types/struct-without-derive-debug.rs shows the refusal).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl Point {
    /// The distance from the origin, as the lecture writes it.
    pub fn distance(&self) -> f64 {
        (self.x.powi(2) + self.y.powi(2)).sqrt()
    }
}

/// The lecture's `Shape`: each variant carries its own data.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    Circle(f64),
    Rectangle(f64, f64),
}

impl Shape {
    pub fn area(&self) -> f64 {
        match *self {
            Shape::Circle(radius) => PI * radius * radius,
            Shape::Rectangle(width, height) => width * height,
        }
    }
}

/// The lecture's `Drawable`. The lecture's `draw(&self)` returns nothing; ours returns what it
/// would draw, so that it can be compared with Python's.
pub trait Drawable {
    fn draw(&self) -> String;
}

/// A trait is implemented by name: having a `draw` method is not enough (the exercise
/// `trait_not_implemented` shows rustc's refusal).
impl Drawable for Point {
    fn draw(&self) -> String {
        format!("point at ({:?}, {:?})", self.x, self.y)
    }
}

pub fn render(item: &impl Drawable) -> String {
    item.draw()
}

/// An alias, not a new type: any `i64` is a `UserId` and the other way round.
pub type UserId = i64;

pub fn user_label(id: UserId) -> String {
    format!("user #{id}")
}

pub fn demo(report: &Report) {
    report.say("`struct` + `impl`: data, then methods on it:");
    let p = Point { x: 3.0, y: 4.0 };
    report.result("distance", format!("{:?}", p.distance()));
    report.contrast("debug_repr", format!("{p:?}"), "types/struct-dataclass");
    report.contrast(
        "repr_without_derive",
        rejected(include_str!(
            "../tests/ui/types/struct-without-derive-debug.stderr"
        )),
        "types/struct-dataclass",
    );
    let same = p == Point { x: 3.0, y: 4.0 };
    report.result("equal_points", if same { "equal" } else { "different" });

    report.say("\n`enum`: each variant carries its own data; `match` takes it apart:");
    report.result("circle_area", format!("{:.4}", Shape::Circle(1.0).area()));
    report.result(
        "rectangle_area",
        format!("{:?}", Shape::Rectangle(2.0, 3.0).area()),
    );
    report.contrast(
        "enum_value",
        format!("{:?}", Shape::Rectangle(2.0, 3.0)),
        "types/enum-data",
    );

    report.say("\n`trait`: implemented by name, not by having the right methods:");
    report.result("draw", render(&p));
    report.contrast(
        "method_is_not_enough",
        rejected(include_str!("../exercises/trait_not_implemented.stderr")),
        "types/trait-protocol",
    );

    report.say("\n`type`: an alias, interchangeable with what it names:");
    let plain: i64 = 42;
    report.result("alias_accepts_plain", user_label(plain));
}
