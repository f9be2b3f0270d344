//! Associated types and operator overloading. Ledger: assoc/*, ops/*.
use chapter_10::operators::{Countdown, Vec2, show};
use std::ops::{Mul, Sub};

#[test]
fn the_associated_types_countdown_from_3_yields_2_1_0() {
    let values: Vec<u32> = Countdown { remaining: 3 }.collect();
    assert_eq!(values, [2, 1, 0]);
}

#[test]
fn item_is_fixed_by_the_impl() {
    fn first_item<I: Iterator<Item = u32>>(mut it: I) -> Option<u32> {
        it.next()
    }
    assert_eq!(first_item(Countdown { remaining: 1 }), Some(0));
}

#[test]
fn vec2_plus_vec2_is_a_vec2() {
    let a = Vec2 { x: 1.0, y: 2.0 };
    let b = Vec2 { x: 3.0, y: 4.0 };
    let c: Vec2 = a + b;
    assert_eq!(c, Vec2 { x: 4.0, y: 6.0 });
    assert_eq!(show(c), "Vec2(4, 6)");
    // Copy: `a` and `b` are still usable after `+` took them by value.
    assert_eq!(a.x + b.x, 4.0);
}

#[test]
fn vec2_plus_i32_works_once_add_i32_is_implemented() {
    let a = Vec2 { x: 1.0, y: 2.0 };
    assert_eq!(show(a + 5), "Vec2(6, 7)");
}

#[test]
fn sub_and_mul_are_traits_like_add() {
    let a = Vec2 { x: 1.0, y: 2.0 };
    let b = Vec2 { x: 3.0, y: 4.0 };
    assert_eq!(show(b - a), "Vec2(2, 2)");
    assert_eq!(show(a * 3.0), "Vec2(3, 6)");
    assert_eq!(show(3.0 * a), "Vec2(3, 6)");
    // The operators are the traits' methods, callable by name.
    assert_eq!(b - a, Sub::sub(b, a));
    assert_eq!(a * 3.0, Mul::mul(a, 3.0));
}
