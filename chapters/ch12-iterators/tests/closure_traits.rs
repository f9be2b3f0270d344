//! Fn, FnMut, FnOnce. Ledger: `traits/*`.
use chapter_12::closure_traits::{
    apply, apply_mut, apply_once, give_away_name, is_fn, move_closure_that_only_reads,
    running_total,
};

#[test]
fn the_three_signatures_accept_their_closures() {
    let offset = 1;
    assert_eq!(apply(|x| x + offset, 1), 2);
    let mut calls = 0;
    assert_eq!(
        apply_mut(
            |x| {
                calls += 1;
                x * 3
            },
            2
        ),
        6
    );
    assert_eq!(calls, 1);
    assert_eq!(apply_once(|| String::from("once")), "once");
}

#[test]
fn an_fnmut_closure_changes_its_capture_between_calls() {
    assert_eq!(format!("{:?}", running_total(&[1, 2, 3])), "[1, 3, 6]");
}

#[test]
fn an_fnonce_closure_can_give_its_capture_away() {
    assert_eq!(give_away_name(), "Ferris");
}

#[test]
fn traits_follow_the_body_not_the_move_keyword() {
    // A `move` closure that only reads is still Fn (is_fn compiles for it, and it runs twice).
    assert_eq!(move_closure_that_only_reads(), 12);
    // An Fn closure is also FnMut and FnOnce: the stricter bounds accept it too.
    let read = || 7;
    assert_eq!(is_fn(&read), 7);
    assert_eq!(apply_mut(|x| x + is_fn(&read) as i32, 1), 8);
    assert_eq!(apply_once(|| is_fn(&read).to_string()), "7");
}
