//! What a panic said, for tests that compare the message whole.

use std::panic::{UnwindSafe, catch_unwind};

/// The message of the panic `f` raises (a `&str` or a `String` payload, as `panic!` and `std`
/// give); the test fails if `f` does not panic. Compared whole by the chapters' tests, where
/// `#[should_panic(expected = …)]` would accept any message containing the text.
pub fn panic_message(f: impl FnOnce() + UnwindSafe) -> String {
    let payload = catch_unwind(f).expect_err("the call should have panicked");
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_literal_and_a_formatted_message_are_both_read() {
        assert_eq!(panic_message(|| panic!("plain")), "plain");
        let n = 3;
        assert_eq!(panic_message(move || panic!("n is {n}")), "n is 3");
    }

    #[test]
    fn a_call_that_returns_fails_the_test() {
        let outcome = catch_unwind(|| panic_message(|| {}));
        assert!(outcome.is_err());
    }
}
