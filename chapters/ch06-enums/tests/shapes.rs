//! Enums with data against unions of dataclasses. Ledger: `adt/*`.
use std::f64::consts::PI;

use chapter_06::shapes::{Shape, area, kind};

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
fn the_rust_blocks_circle_uses_pi_to_the_last_digit() {
    // The same literal is asserted of the Python twin's `area` (math.pi), and the lecture's
    // Python block gives 314.159 (test_shapes.py): the two blocks differ in the sixth digit.
    assert_eq!(area(&Shape::Circle(10.0)), 314.159_265_358_979_3);
    assert!(area(&Shape::Circle(10.0)) - 314.159 > 2.6e-4);
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
