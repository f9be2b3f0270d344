//! Structs, the dunder-to-trait table, composition and newtypes at run time.
//! Ledger: `structs/*`, `display/*`, `dunder/*`, `composition/*`, `newtype/*`.
use std::collections::HashSet;

use chapter_05::composition::{Cat, Dog, Kennel, Pet, Robot, roll_call_lines};
use chapter_05::dunders::{Deck, Point, distinct_points, session_log, sorted_points};
use chapter_05::newtype::{Meters, Seconds, speed};
use chapter_05::structs::{Rectangle, area_printed, sizes};

#[test]
fn the_rectangle_methods_compute_what_python_computes() {
    let r = Rectangle::new(10.0, 5.0);
    assert_eq!(r.area(), 50.0);
    assert_eq!(r.perimeter(), 30.0);
    let s = r.scale(2.0);
    assert_eq!((s.width, s.height), (20.0, 10.0));
}

#[test]
fn display_prints_a_whole_f64_without_its_point_zero() {
    let r = Rectangle::new(10.0, 5.0);
    // The lecture's comment says `50.0`; `{}` prints `50`. `{:?}` keeps the `.0`.
    assert_eq!(area_printed(&r), ("50".to_string(), "50.0".to_string()));
    assert_eq!(r.to_string(), "Rectangle(10 x 5)");
    assert_eq!(Rectangle::new(2.5, 0.1).to_string(), "Rectangle(2.5 x 0.1)");
}

#[test]
fn a_rectangle_is_sixteen_bytes_of_fields_wherever_it_lives() {
    let (one, thousand) = sizes(1000);
    assert_eq!(one, 16);
    // In a Vec the rectangles are on the heap, packed: 1000 × 16 bytes, no per-item header.
    assert_eq!(thousand, 16_000);
    let boxed = Box::new(Rectangle::new(1.0, 2.0));
    assert_eq!(std::mem::size_of_val(&*boxed), 16);
}

#[test]
fn debug_is_derived_and_shows_every_field() {
    let r = Rectangle::new(10.0, 5.0);
    assert_eq!(format!("{r:?}"), "Rectangle { width: 10.0, height: 5.0 }");
}

#[test]
fn derived_eq_compares_fields_not_identity() {
    let (a, b) = (Point { x: 1, y: 2 }, Point { x: 1, y: 2 });
    assert_eq!(a, b);
    assert_ne!(a, Point { x: 2, y: 1 });
}

#[test]
fn derived_hash_lets_equal_points_meet_in_a_set() {
    assert_eq!(distinct_points(), 2);
    let set: HashSet<Point> = [Point { x: 0, y: 0 }].into_iter().collect();
    assert!(set.contains(&Point { x: 0, y: 0 }));
}

#[test]
fn derived_ord_compares_fields_in_declaration_order() {
    assert_eq!(sorted_points(), [(0, 5), (1, 1), (1, 2)]);
    assert!(Point { x: 0, y: 9 } < Point { x: 1, y: 0 });
    assert!(Point { x: 1, y: 1 } < Point { x: 1, y: 2 });
}

#[test]
fn add_gives_the_plus_operator() {
    assert_eq!(
        Point { x: 1, y: 2 } + Point { x: 3, y: 4 },
        Point { x: 4, y: 6 }
    );
}

#[test]
fn len_contains_and_index_are_a_method_a_method_and_a_trait() {
    let deck = Deck::new(&["ace", "king", "queen"]);
    assert_eq!(deck.len(), 3);
    assert!(!deck.is_empty());
    assert!(deck.contains("king"));
    assert!(!deck.contains("joker"));
    assert_eq!(&deck[1], "king");
}

#[test]
fn for_over_a_borrowed_deck_uses_its_into_iterator() {
    let deck = Deck::new(&["ace", "king"]);
    let mut seen = Vec::new();
    for card in &deck {
        seen.push(card);
    }
    assert_eq!(seen, ["ace", "king"]);
    // The loop borrowed the deck: it is still here, as a Python object would be.
    assert_eq!(deck.len(), 2);
}

#[test]
fn drop_runs_at_the_end_of_the_owners_block() {
    assert_eq!(session_log(), ["open", "work", "close", "after"]);
}

#[test]
fn new_is_a_convention_and_the_struct_literal_is_the_constructor() {
    let by_literal = Rectangle {
        width: 3.0,
        height: 4.0,
    };
    let by_new = Rectangle::new(3.0, 4.0);
    assert_eq!(by_literal.area(), by_new.area());
}

#[test]
fn the_roll_call_speaks_through_trait_objects() {
    let rex = Dog { name: "Rex".into() };
    let tom = Cat { name: "Tom".into() };
    assert_eq!(
        roll_call_lines(&[&rex, &tom]),
        ["Rex says Woof!", "Tom says Meow!"]
    );
    let kennel = Kennel {
        animals: vec![Box::new(rex), Box::new(tom)],
    };
    assert_eq!(kennel.names(), ["Rex", "Tom"]);
}

#[test]
fn a_method_name_shared_by_two_traits_is_called_through_its_trait() {
    let rex = Dog { name: "Rex".into() };
    assert_eq!(<Dog as Pet>::title(&rex), "Rex the pet");
    assert_eq!(<Dog as Robot>::title(&rex), "Rex the robot");
}

#[test]
fn newtypes_add_to_themselves_and_cost_nothing() {
    assert_eq!(Meters(100.0) + Meters(50.0), Meters(150.0));
    assert_eq!(speed(Meters(100.0), Seconds(10.0)), 10.0);
    assert_eq!(std::mem::size_of::<Meters>(), std::mem::size_of::<f64>());
}
