//! The lecture's calculator, whose tests live beside it in a `#[cfg(test)]` module (below) and,
//! for the ledger, in tests/calculator.rs. Twin: python_equivalents/ch14_unsafe_ffi/calculator.py
use textbook_report::Report;

pub fn add(a: i32, b: i32) -> i32 {
    a + b
}

/// Python's `a / b` raises ZeroDivisionError; this one says so in its type instead.
pub fn divide(a: f64, b: f64) -> Result<f64, String> {
    if b == 0.0 {
        return Err(String::from("Division by zero"));
    }
    Ok(a / b)
}

pub fn demo(report: &Report) {
    report.say("The functions under test:");
    report.result("add(2, 3)", add(2, 3));
    report.result("add(-1, 1)", add(-1, 1));
    report.result("divide(10, 2)", format!("{:?}", divide(10.0, 2.0)));
    report.say("\nDivision by zero: Python raises ZeroDivisionError, this divide returns an Err:");
    report.contrast(
        "divide(1, 0)",
        format!("{:?}", divide(1.0, 0.0)),
        "testing/divide-by-zero",
    );
    report.say("\nThe parametrized cases of the lecture, one loop here (rstest would name each):");
    for (a, b, expected) in [(1, 2, 3), (0, 0, 0), (-1, -1, -2), (100, 200, 300)] {
        report.result(
            &format!("add({a}, {b}) == {expected}"),
            add(a, b) == expected,
        );
    }
}

// The lecture's pattern: unit tests in the same file, compiled only by `cargo test`.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_is_plain_integer_addition() {
        assert_eq!(add(40, 2), 42);
    }

    #[test]
    fn divide_by_a_nonzero_number_is_ok() {
        assert_eq!(divide(7.0, 2.0), Ok(3.5));
    }
}
