//! Enums with data against unions of dataclasses. Ledger: `adt/*`.
use std::f64::consts::PI;

use chapter_06::shapes::{Shape, area, kind, lecture_pi_gap};

#[test]
fn each_variant_carries_its_own_data_and_has_its_area() {
    assert_eq!(area(&Shape::Circle(1.0)), PI);
    assert_eq!(area(&Shape::Rectangle(4.0, 6.0)), 24.0);
    assert_eq!(
        area(&Shape::Triangle {
            base: 3.0,
            height: 8.0
        }),
        12.0
    );
    assert_eq!(kind(&Shape::Rectangle(1.0, 2.0)), "rectangle");
}

#[test]
fn the_lectures_python_and_rust_circles_differ_in_the_sixth_digit() {
    // 3.14159 against PI: the Python block's area of a unit circle is 2.65e-6 short.
    let gap = lecture_pi_gap(1.0);
    assert!(gap > 2.6e-6 && gap < 2.7e-6, "{gap}");
}

// The same enum one release later, with a Pentagon: a `match` that ends in `_` still compiles
// and sends the new variant down the wildcard arm, where nobody was told to look.
#[derive(Debug, Clone, Copy)]
enum ShapeWithPentagon {
    Circle,
    Rectangle,
    Triangle,
    Pentagon,
}

fn corners(shape: ShapeWithPentagon) -> u32 {
    match shape {
        ShapeWithPentagon::Rectangle => 4,
        ShapeWithPentagon::Triangle => 3,
        _ => 0,
    }
}

#[test]
fn a_wildcard_arm_swallows_a_new_variant_without_a_word() {
    let all = [
        ShapeWithPentagon::Circle,
        ShapeWithPentagon::Rectangle,
        ShapeWithPentagon::Triangle,
        ShapeWithPentagon::Pentagon,
    ];
    assert_eq!(all.map(corners), [0, 4, 3, 0]);
}
