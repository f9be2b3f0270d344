//! The keyword tables at run time: bindings, borrows, types, control flow, visibility.
//! Ledger: `bindings/*`, `types/*`, `flow/*`, `visibility/*`.
use chapter_02::bindings::{
    MAX_SIZE, VERSION, append, copy_not_move, count_up, hand_over, length_in_a_thread, print_name,
};
use chapter_02::flow::{
    describe, drain_stack, first_power_of_two_above, inclusive_range, leading_number,
    show_leading_number, total,
};
use chapter_02::shapes::{Drawable, Point, Shape, UserId, render, user_label};
use chapter_02::visibility::shop;

#[test]
fn mut_lets_a_binding_change_and_const_and_static_hold_their_values() {
    assert_eq!(count_up(3), 3);
    assert_eq!(MAX_SIZE, 1024);
    assert_eq!(VERSION, "1.0");
}

#[test]
fn a_shared_borrow_leaves_the_callers_value_usable() {
    let name = String::from("Alice");
    assert_eq!(print_name(&name), "name: Alice (5 bytes)");
    assert_eq!(name, "Alice");
}

#[test]
fn a_mutable_borrow_changes_the_callers_list() {
    let mut list = vec![1, 2, 3];
    append(&mut list);
    assert_eq!(list, [1, 2, 3, 4]);
}

#[test]
fn integers_are_copied_strings_are_moved_and_move_closures_take_ownership() {
    assert_eq!(copy_not_move(), (5, 5));
    assert_eq!(hand_over(), "hello");
    assert_eq!(length_in_a_thread(String::from("hello")), 5);
}

#[test]
fn struct_impl_and_derived_traits() {
    let p = Point { x: 3.0, y: 4.0 };
    assert_eq!(p.distance(), 5.0);
    assert_eq!(format!("{p:?}"), "Point { x: 3.0, y: 4.0 }");
    assert_eq!(p, Point { x: 3.0, y: 4.0 });
}

#[test]
fn enum_variants_carry_their_own_data() {
    assert_eq!(Shape::Rectangle(2.0, 3.0).area(), 6.0);
    assert!((Shape::Circle(1.0).area() - std::f64::consts::PI).abs() < 1e-12);
    assert_eq!(format!("{:?}", Shape::Circle(1.5)), "Circle(1.5)");
}

#[test]
fn a_trait_implemented_by_name_is_usable_through_it() {
    let p = Point { x: 3.0, y: 4.0 };
    assert_eq!(render(&p), "point at (3.0, 4.0)");
    assert_eq!(Drawable::draw(&p), "point at (3.0, 4.0)");
}

#[test]
fn a_type_alias_is_interchangeable_with_what_it_names() {
    let plain: i64 = 7;
    let id: UserId = plain;
    let back: i64 = id;
    assert_eq!(user_label(back), "user #7");
}

#[test]
fn match_joins_patterns_with_a_bar_and_catches_the_rest_with_an_underscore() {
    let described: Vec<&str> = (0..=4).map(describe).collect();
    assert_eq!(
        described,
        ["other", "one", "two or three", "two or three", "other"]
    );
}

#[test]
fn if_let_takes_apart_a_some_and_skips_a_none() {
    assert_eq!(leading_number("42 apples"), Some(42));
    assert_eq!(show_leading_number("42 apples"), "found 42");
    assert_eq!(show_leading_number("apples"), "no number");
}

#[test]
fn loop_runs_until_break_which_hands_out_a_value() {
    assert_eq!(first_power_of_two_above(1000), 1024);
    assert_eq!(first_power_of_two_above(0), 1);
}

#[test]
fn a_loop_is_also_left_by_return_and_by_the_question_mark() {
    // `break` is not the only way out: `return` leaves the loop and the function, and so does
    // `?` on an error, with no `break` written anywhere.
    fn first_negative(values: &[i32]) -> Option<usize> {
        let mut index = 0;
        loop {
            if *values.get(index)? < 0 {
                return Some(index);
            }
            index += 1;
        }
    }
    assert_eq!(first_negative(&[3, 1, -4, 1]), Some(2));
    assert_eq!(first_negative(&[3, 1]), None);
}

#[test]
fn for_over_iter_borrows_and_the_inclusive_range_includes_its_end() {
    let collection = vec![1, 2, 3];
    assert_eq!(total(&collection), 6);
    assert_eq!(collection.len(), 3);
    assert_eq!(inclusive_range(), [1, 2, 3, 4, 5]);
    assert_eq!((1..5).count(), 4);
}

#[test]
fn while_let_pops_last_in_first_out() {
    assert_eq!(drain_stack(vec![1, 2, 3]), [3, 2, 1]);
}

#[test]
fn private_items_are_visible_inside_their_module_and_its_children() {
    assert_eq!(shop::greet(), "hello from shop");
    assert_eq!(shop::use_helper(), "private to shop");
    assert_eq!(shop::till::ask_parent(), "private to shop");
}
