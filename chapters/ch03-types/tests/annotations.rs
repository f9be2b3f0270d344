//! Type annotations at run time. Ledger: `annotations/*`.
use chapter_03::annotations::{Mapping, UserId, add, find, first, inferred_inside};

mod common;
use common::{built, run, rustc};

#[test]
fn add_adds_i32s() {
    assert_eq!(add(1, 2), 3);
}

#[test]
fn first_is_some_for_a_non_empty_slice_and_none_for_an_empty_one() {
    assert_eq!(first(&[3, 4]), Some(3));
    assert_eq!(first(&[]), None);
    assert_eq!(find("key"), Some(42));
}

#[test]
fn an_alias_is_the_same_type_not_a_new_one() {
    let id: UserId = 7;
    let plain: i64 = id; // no conversion: the alias is only a second name
    assert_eq!(std::any::type_name::<UserId>(), "i64");
    assert_eq!(plain, 7);
    assert_eq!(
        std::any::type_name::<Mapping>(),
        "std::collections::hash::map::HashMap<alloc::string::String, alloc::vec::Vec<i32>>"
    );
}

#[test]
fn types_inside_a_body_are_inferred_from_use() {
    let mapping = inferred_inside();
    assert_eq!(mapping["scores"], [2, 3]);
}

#[test]
fn a_find_stub_that_never_reads_its_key_builds_with_one_warning() {
    let (compiled, scratch) = rustc("find-stub.rs", "find", &[]);
    let warnings = built(&compiled);
    assert!(
        warnings.contains("warning: unused variable: `key`"),
        "{warnings}"
    );
    assert!(warnings.contains("1 warning emitted"), "{warnings}");
    assert_eq!(String::from_utf8_lossy(&run(&scratch).stdout), "Some(42)\n");
}
