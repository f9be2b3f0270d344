//! Derive macros. Ledger: `derive/*`, `exercise/redacted-debug`.
use chapter_12::derives::{
    Point, Student, alice, clone_shares_rc, distinct_students, regraded, sorted_students, student,
};

#[test]
fn derived_debug_clone_and_eq_work_on_point() {
    let p = Point { x: 1.0, y: 2.5 };
    assert_eq!(format!("{p:?}"), "Point { x: 1.0, y: 2.5 }");
    assert_eq!(p.clone(), p);
    assert_ne!(p, Point { x: 1.0, y: 0.0 });
}

#[test]
fn derived_ord_compares_fields_in_declaration_order() {
    let order: Vec<String> = sorted_students()
        .iter()
        .map(|s| format!("{} {}", s.name, s.grade))
        .collect();
    assert_eq!(order.join(", "), "Alice 70, Alice 90, Bob 85");
    assert!(student("Al", 99) < student("Bo", 1));
}

#[test]
fn a_let_mut_binding_changes_a_derived_struct() {
    assert_eq!(regraded(student("Ada", 80)).grade, 85);
}

#[test]
fn derived_clone_shares_an_rc_field() {
    // Rc::ptr_eq inside: the clone's field points at the very Vec the original's does.
    assert!(clone_shares_rc());
}

#[test]
fn derived_hash_and_eq_make_a_set_key() {
    assert_eq!(distinct_students(), 2);
}

#[test]
fn derived_default_fills_each_field_with_its_default() {
    assert_eq!(Student::default(), student("", 0));
}

#[test]
fn serde_derives_write_and_read_json() {
    let json = serde_json::to_string(&student("Ada", 90)).expect("serialises");
    assert_eq!(json, r#"{"name":"Ada","grade":90}"#);
    let back: Student = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(back, student("Ada", 90));
    let wrong = serde_json::from_str::<Student>(r#"{"name":"Ada","grade":"ninety"}"#);
    assert!(wrong.is_err());
}

#[test]
fn the_redacted_debug_hides_the_hash() {
    let shown = format!("{:?}", alice());
    assert_eq!(
        shown,
        r#"User { name: "Alice", email: "alice@example.com", password_hash: "***" }"#
    );
    assert!(!shown.contains("a1b2c3"));
}

#[test]
fn partial_eq_alone_gives_equality_and_nan_is_not_equal_to_itself() {
    // Point derives PartialEq and not Eq: `==` works, and NaN breaks the reflexivity Eq promises.
    let p = Point { x: 1.0, y: 2.5 };
    assert!(p == p.clone());
    let nan = Point {
        x: f64::NAN,
        y: 0.0,
    };
    assert!(nan != nan.clone());
}

#[test]
fn derived_debug_prints_the_hash_too() {
    // Without the hand-written impl, Rust's free Debug leaks the secret as the dataclass repr does.
    #[derive(Debug)]
    #[allow(dead_code)]
    struct LeakyUser {
        name: String,
        password_hash: String,
    }
    let user = LeakyUser {
        name: "Alice".into(),
        password_hash: "a1b2c3d4e5f6".into(),
    };
    assert_eq!(
        format!("{user:?}"),
        r#"LeakyUser { name: "Alice", password_hash: "a1b2c3d4e5f6" }"#
    );
}
