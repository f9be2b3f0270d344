//! Vec against list: the lecture's creation examples, its sequence of operations with the value
//! after each step, and each row of its quick-reference table. Where a Python list raises
//! (`pop` on an empty list, `remove` of an absent value, an index out of range) a Vec returns
//! `None` or panics, and the demo shows which.

use textbook_report::{Report, rejected};

use crate::json;

/// The lecture's four ways to make a Vec.
pub fn creations() -> [Vec<i32>; 4] {
    let numbers = vec![1, 2, 3];
    let empty: Vec<i32> = Vec::new();
    let repeated = vec![0; 10];
    let from_range: Vec<i32> = (1..6).collect();
    [numbers, empty, repeated, from_range]
}

/// One step of the lecture's sequence: what it did and the Vec (or value) it left.
pub type Step = (&'static str, String);

/// The lecture's operations in its order, each with the state it comments on.
pub fn operations() -> Vec<Step> {
    let mut steps = Vec::new();
    let mut nums = vec![1, 2, 3];
    nums.push(4);
    steps.push(("push", json(&nums)));
    nums.extend([5, 6]);
    steps.push(("extend", json(&nums)));
    nums.insert(0, 0);
    steps.push(("insert", json(&nums)));
    let last = nums.pop();
    steps.push(("pop", format!("{last:?}")));
    steps.push(("after_pop", json(&nums)));
    let length = nums.len();
    steps.push(("len", json(length)));
    nums.sort();
    let mut sorted_copy = nums.clone();
    sorted_copy.sort();
    steps.push(("sorted_copy", json(&sorted_copy)));
    nums.reverse();
    steps.push(("reverse", json(&nums)));
    let contains = nums.contains(&3);
    steps.push(("contains_3", json(contains)));
    let index = nums.iter().position(|&x| x == 3);
    steps.push(("position_3", format!("{index:?}")));
    steps
}

/// The table's `lst.remove(x)`: the first match goes; nothing happens (None) if there is none.
pub fn remove_first(vec: &mut Vec<i32>, x: i32) -> Option<i32> {
    vec.iter().position(|v| v == &x).map(|i| vec.remove(i))
}

/// What the table suggests for removing every match.
pub fn remove_all(vec: &mut Vec<i32>, x: i32) {
    vec.retain(|v| *v != x);
}

/// Python's `lst[i] if i < len(lst) else default`, which is what `lst.get(i, default)` would
/// be if lists had a `get`.
pub fn get_or(vec: &[i32], i: usize, default: i32) -> i32 {
    vec.get(i).copied().unwrap_or(default)
}

/// `sorted(lst)`: std's iterators have no `sorted`; collect, then sort the new Vec.
pub fn sorted(items: impl IntoIterator<Item = i32>) -> Vec<i32> {
    let mut all: Vec<i32> = items.into_iter().collect();
    all.sort();
    all
}

pub fn demo(report: &Report) {
    report.say("Creating (the lecture's four):");
    let [numbers, empty, repeated, from_range] = creations();
    report.result("numbers", json(numbers));
    report.result("empty", json(empty));
    report.result("repeated", json(repeated));
    report.result("from_range", json(from_range));
    report.contrast(
        "empty_unannotated",
        rejected(include_str!(
            "../tests/ui/vec/vec-new-without-a-type.stderr"
        )),
        "vec/new-needs-annotation",
    );

    report.say("\nThe lecture's operations, the state after each:");
    for (step, state) in operations() {
        if step == "pop" || step == "position_3" {
            // Rust says `Some(..)`: a value that might have been absent.
            report.contrast(step, state, "vec/rust-vec-ops");
        } else {
            report.result(step, state);
        }
    }

    report.say("\nThe table's rows where the two differ:");
    report.contrast(
        "pop_empty",
        format!("{:?}", Vec::<i32>::new().pop()),
        "vec/table-pop",
    );
    let mut v = vec![1, 2, 3, 2];
    let removed = remove_first(&mut v, 2);
    report.contrast(
        "remove_value_2",
        format!("{removed:?}"),
        "vec/table-remove-value",
    );
    report.result("after_remove_value", json(&v));
    let absent = remove_first(&mut v, 9);
    report.contrast(
        "remove_absent_9",
        format!("{absent:?}"),
        "vec/table-remove-value",
    );
    let mut w = vec![1, 2, 3, 2];
    remove_all(&mut w, 2);
    report.result("remove_all_2", json(&w));
    let mut d = vec![10, 20, 30];
    report.result("remove_index_1", json(d.remove(1)));
    report.result("after_remove_index", json(&d));
    report.result("sorted_copy_of", json(sorted([3, 1, 2])));
    report.result("get_or_default", get_or(&[10, 20, 30], 7, -1));
    report.result("slice_1_3", json(&[10, 20, 30, 40][1..3]));
}
