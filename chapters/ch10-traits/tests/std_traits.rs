//! Common standard library traits. Ledger: std/*, glance/*.
use chapter_10::std_traits::{
    Celsius, Countdown, Point, clone_shares, drop_order, grades_by_student, nan_equals_itself,
    show_students, sorted_students, student,
};

#[test]
fn debug_is_derived_and_display_is_ours() {
    let point = Point { x: 1.0, y: 2.5 };
    assert_eq!(format!("{point:?}"), "Point { x: 1.0, y: 2.5 }");
    assert_eq!(format!("{point}"), "(1, 2.5)");
}

#[test]
fn derived_ord_sorts_by_name_then_grade() {
    let students = sorted_students();
    assert_eq!(show_students(&students), "Alice 70, Alice 92, Charlie 85");
    assert!(student("Alice", 92) < student("Bob", 0));
    assert!(student("Alice", 70) < student("Alice", 92));
}

#[test]
fn students_can_be_compared_hashed_and_cloned() {
    let students = sorted_students();
    let map = grades_by_student(&students);
    assert_eq!(map.len(), 3);
    assert_eq!(map[&student("Charlie", 85)], 3);
    assert_eq!(students[0].clone(), student("Alice", 70));
}

#[test]
fn nan_is_not_equal_to_itself() {
    assert!(!nan_equals_itself());
    assert_eq!(f64::NAN.partial_cmp(&f64::NAN), None);
}

#[test]
fn countdown_from_5_yields_5_4_3_2_1() {
    let values: Vec<i32> = Countdown { value: 5 }.collect();
    assert_eq!(values, [5, 4, 3, 2, 1]);
    let mut seen = Vec::new();
    for n in (Countdown { value: 3 }) {
        seen.push(n);
    }
    assert_eq!(seen, [3, 2, 1]);
}

#[test]
fn clone_of_a_vec_of_vecs_is_deep_and_of_an_rc_is_shared() {
    assert_eq!(clone_shares(), (false, true));
}

#[test]
fn drop_runs_at_the_end_of_each_scope_innermost_first() {
    assert_eq!(
        drop_order().join(" | "),
        "end of inner scope | drop inner | end of outer scope | drop outer"
    );
}

#[test]
fn from_has_one_impl_per_source_type() {
    assert_eq!(Celsius::from(21).0, 21.0);
    assert_eq!(Celsius::from("36.6°C").0, 36.6);
    let into: Celsius = 5.into();
    assert_eq!(into.0, 5.0);
}

#[test]
fn copy_types_stay_usable_after_assignment() {
    let a = Point { x: 1.0, y: 1.0 };
    let b = a;
    assert_eq!(a, b);
}

#[test]
fn derived_default_fills_each_field_with_its_default() {
    #[derive(Debug, Default, PartialEq)]
    struct Settings {
        retries: u32,
        name: String,
    }
    let settings = Settings::default();
    assert_eq!((settings.retries, settings.name.as_str()), (0, ""));
}

#[test]
fn index_is_called_by_square_brackets_and_returns_a_reference() {
    struct Grid {
        cells: Vec<i32>,
    }
    impl std::ops::Index<(usize, usize)> for Grid {
        type Output = i32;
        fn index(&self, (row, col): (usize, usize)) -> &i32 {
            &self.cells[row * 10 + col]
        }
    }
    let grid = Grid {
        cells: (0..100).collect(),
    };
    assert_eq!(grid[(2, 3)], 23);
}

#[test]
fn deref_lets_a_wrapper_call_the_inner_methods() {
    struct Wrapper(String);
    impl std::ops::Deref for Wrapper {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    let wrapped = Wrapper("hello".into());
    assert_eq!(wrapped.to_uppercase(), "HELLO");
    assert_eq!(wrapped.len(), 5);
}

#[test]
fn display_is_what_braces_and_to_string_print() {
    let point = Point { x: 1.0, y: 2.5 };
    assert_eq!(point.to_string(), "(1, 2.5)");
    assert_eq!(format!("{point}"), point.to_string());
}

#[test]
fn debug_quotes_and_escapes_a_string_as_repr_does() {
    assert_eq!(format!("{:?}", "hi\n"), "\"hi\\n\"");
    assert_eq!(
        format!("{:?}", student("Alice", 92)),
        "Student { name: \"Alice\", grade: 92 }"
    );
}

#[test]
fn eq_is_what_double_equals_calls_and_ne_follows_from_it() {
    #[derive(Debug)]
    struct Caseless(&'static str);
    impl PartialEq for Caseless {
        fn eq(&self, other: &Self) -> bool {
            self.0.eq_ignore_ascii_case(other.0)
        }
    }
    assert!(Caseless("Alice") == Caseless("ALICE"));
    assert!(Caseless("Alice") != Caseless("Bob"));
    assert_eq!(student("Alice", 92), student("Alice", 92));
    assert_ne!(student("Alice", 92), student("Alice", 70));
}

#[test]
fn partial_cmp_alone_gives_all_four_comparisons() {
    use std::cmp::Ordering;
    #[derive(PartialEq)]
    struct Version(u32);
    impl PartialOrd for Version {
        fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
            self.0.partial_cmp(&other.0)
        }
    }
    let (old, new) = (Version(1), Version(2));
    assert!(old < new);
    assert!(old <= new);
    assert!(new > old);
    assert!(new >= old);
}

#[test]
fn into_iterator_is_what_for_calls_and_next_is_iterator() {
    struct Deck {
        cards: Vec<&'static str>,
    }
    // No `impl Iterator for Deck`: `for` asks only for IntoIterator, Python's `__iter__`.
    impl<'a> IntoIterator for &'a Deck {
        type Item = &'a &'static str;
        type IntoIter = std::slice::Iter<'a, &'static str>;
        fn into_iter(self) -> Self::IntoIter {
            self.cards.iter()
        }
    }
    let deck = Deck {
        cards: vec!["ace", "king"],
    };
    let mut seen = Vec::new();
    for card in &deck {
        seen.push(*card);
    }
    assert_eq!(seen, ["ace", "king"]);
}
