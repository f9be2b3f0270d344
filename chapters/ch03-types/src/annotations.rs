//! Type annotations: Python's hints are not checked when the program runs, Rust's types are
//! checked before it exists. Rust wants them at the boundaries (signatures, constants, fields)
//! and infers the rest.

use std::any::TypeId;
use std::collections::HashMap;

use textbook_report::{Report, rejected};

pub fn add(a: i32, b: i32) -> i32 {
    a + b
}

/// The lecture's `find`: a value that may be absent is an `Option`.
pub fn find(key: &str) -> Option<i32> {
    // The lecture's stub answers 42 for any key; this one at least looks at it.
    (!key.is_empty()).then_some(42)
}

pub fn first(items: &[i32]) -> Option<i32> {
    items.first().copied()
}

/// The lecture's aliases: other names for the same types, not new types.
pub type UserId = i64;
pub type Mapping = HashMap<String, Vec<i32>>;

/// Shows an `Option<i32>` as Python shows `int | None`: the value, or `None`.
pub fn python_style(value: Option<i32>) -> String {
    value.map_or_else(|| "None".to_string(), |v| v.to_string())
}

/// Inside a body nothing needs writing down: the closure's parameters and the collection's
/// element type are inferred from how they are used.
pub fn inferred_inside() -> Mapping {
    let add_one = |n| n + 1;
    let mut mapping = Mapping::new();
    let scores = vec![add_one(1), add_one(2)];
    mapping.insert("scores".to_string(), scores);
    mapping
}

pub fn demo(report: &Report) {
    report.say("The same call, checked by rustc before it runs:");
    report.result("add_ints", add(1, 2));
    let rejected_call = rejected(include_str!("../tests/ui/annotations/add-two-strs.stderr"));
    report.contrast("add_strs", &rejected_call, "annotations/python-unenforced");
    report.contrast(
        "add_int_str",
        &rejected_call,
        "annotations/python-unenforced",
    );

    report.say("\nOptional values and generics:");
    report.result("first_of_3_4", python_style(first(&[3, 4])));
    report.result("first_of_empty", python_style(first(&[])));
    report.result("find", python_style(find("key")));

    report.say("\nAliases are the same type under another name:");
    // The question each side asks its own runtime: is the alias the very type it names?
    report.result(
        "alias_is_same_type",
        TypeId::of::<UserId>() == TypeId::of::<i64>(),
    );
    report.result(
        "mapping_is_same_type",
        TypeId::of::<Mapping>() == TypeId::of::<HashMap<String, Vec<i32>>>(),
    );
    report.extra(
        "alias_as_printed",
        rejected(include_str!(
            "../tests/ui/annotations/hashmap-alias-without-use.stderr"
        )),
        "annotations/hashmap-alias",
        None,
    );
    report.extra(
        "untyped_signature",
        rejected(include_str!(
            "../tests/ui/annotations/untyped-boundaries.stderr"
        )),
        "annotations/required-at-boundaries",
        None,
    );
    report.extra(
        "inferred_inside",
        format!("{:?}", inferred_inside()),
        "annotations/required-at-boundaries",
        None,
    );
}
