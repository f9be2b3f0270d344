//! The code review exercise: the lecture's Python-flavoured `get_name` and the idiomatic one.
//! Twin: python_equivalents/ch16_best_practices/code_review.py
use textbook_report::Report;

/// The lecture's Python-flavoured version, its habits kept (an owned Vec, an i32, a clone, "" for
/// missing), to compare; clippy's complaints are silenced here on purpose.
#[allow(clippy::needless_return, clippy::needless_pass_by_value)]
pub fn get_name_as_written(names: Vec<String>, index: i32) -> String {
    if index < 0 || (index as usize) >= names.len() {
        return String::new();
    } else {
        return names[index as usize].clone();
    }
}

/// Borrowed slice in, `usize` index, `Option` out: no clone, no sentinel.
pub fn get_name(names: &[String], index: usize) -> Option<&str> {
    names.get(index).map(String::as_str)
}

pub fn demo(report: &Report) {
    let names = vec!["Alice".to_string(), "Bob".to_string()];
    report.say("The lecture's version answers a missing index with an empty string:");
    report.result("as_written_0", get_name_as_written(names.clone(), 0));
    report.result(
        "as_written_5",
        format!("{:?}", get_name_as_written(names.clone(), 5)),
    );
    report.result(
        "as_written_minus_1",
        format!("{:?}", get_name_as_written(names.clone(), -1)),
    );
    report.say("\nThe idiomatic version says None (printed as the word):");
    report.result("idiomatic_0", get_name(&names, 0).unwrap_or("None"));
    report.result("idiomatic_5", get_name(&names, 5).unwrap_or("None"));
}
