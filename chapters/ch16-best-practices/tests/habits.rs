//! The habits a program can show. Ledger: `habits/*`.
use chapter_16::habits::{
    Connection, Shape, area, bench_values, next, port_or_default, port_setting, shout,
    total_by_index, total_by_iterator,
};

#[test]
fn match_picks_the_variant_and_binds_its_fields() {
    assert_eq!(area(&Shape::Rect(2.0, 3.0)), 6.0);
    assert!((area(&Shape::Circle(1.0)) - std::f64::consts::PI).abs() < 1e-12);
}

#[test]
fn a_str_parameter_takes_a_literal_and_a_borrowed_string() {
    let owned = String::from("ferris");
    assert_eq!(shout("crab"), "CRAB");
    assert_eq!(shout(&owned), "FERRIS");
    // The String is only lent: still ours after the call.
    assert_eq!(owned, "ferris");
}

#[test]
fn iterator_sum_equals_the_index_loop() {
    let values = [3, 1, 4, 1, 5, 9, 2, 6];
    assert_eq!(total_by_index(&values), 31);
    assert_eq!(total_by_iterator(&values), 31);
    assert_eq!(total_by_iterator(&[]), 0);
}

#[test]
fn combinators_give_a_default_without_unwrap() {
    assert_eq!(port_or_default(Some("5432")), 5432);
    assert_eq!(port_or_default(Some("http")), 8080);
    assert_eq!(port_or_default(None), 8080);
}

#[test]
fn question_mark_returns_none_early_without_unwrap() {
    assert_eq!(port_setting("port=5432"), Some(5432));
    assert_eq!(port_setting("host=db"), None);
    assert_eq!(port_setting("port=http"), None);
}

#[test]
fn state_machine_cycles_through_every_state() {
    assert_eq!(next(Connection::Closed), Connection::Connecting);
    assert_eq!(next(Connection::Connecting), Connection::Open);
    assert_eq!(next(Connection::Open), Connection::Closed);
}

#[test]
fn unwrap_on_a_bad_port_panics_at_runtime() {
    let message = textbook_harness::panic_message(|| {
        let _port: u16 = "http".parse().unwrap();
    });
    assert!(
        message.contains("called `Result::unwrap()` on an `Err` value"),
        "{message}"
    );
}

#[test]
fn the_timed_sums_agree_by_index_and_by_iterator() {
    // Two runs of 0..1000: the bench times real work whose answer is known.
    let values = bench_values(2000);
    assert_eq!(total_by_index(&values), 999_000);
    assert_eq!(total_by_iterator(&values), 999_000);
}
