//! Section 2, Send and Sync: what does cross threads. Ledger: `sharing/vec-not-send`,
//! `send-sync/rc-not-send`, `send-sync/cell-not-sync`. The refusals are ui tests.
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::thread;

/// Compiles only for types that are both Send and Sync: a wrong claim is a build failure.
fn send_and_sync<T: Send + Sync>() -> &'static str {
    std::any::type_name::<T>()
}

#[test]
fn common_types_are_send_and_sync() {
    let names = [
        send_and_sync::<i64>(),
        send_and_sync::<String>(),
        send_and_sync::<Vec<i32>>(),
        send_and_sync::<HashMap<String, u8>>(),
        send_and_sync::<Arc<Mutex<Vec<i32>>>>(),
    ];
    assert!(names.iter().all(|name| !name.is_empty()));
}

#[test]
fn a_vec_moved_into_one_thread_compiles_and_comes_back() {
    let mut shared = vec![];
    let back = thread::spawn(move || {
        shared.push(1);
        shared
    })
    .join()
    .unwrap();
    assert_eq!(back, vec![1]);
}

#[test]
fn refcell_is_send_so_it_may_move_into_a_thread() {
    let cell = RefCell::new(vec![1]);
    let total = thread::spawn(move || {
        cell.borrow_mut().push(2);
        cell.into_inner().iter().sum::<i32>()
    })
    .join()
    .unwrap();
    assert_eq!(total, 3);
}
