//! What a lecture block printed. A chapter's `tests/lecture_blocks.rs` runs the lecture's Rust
//! blocks as printed, with `println!` shadowed by a macro of its own that calls
//! [`record_printed`]; [`printed_by`] then gives the lines, to compare with the output the
//! block's comments claim. The shadow stays in the chapter's file, where a reader sees it:
//!
//! ```
//! macro_rules! println {
//!     ($($arg:tt)*) => {
//!         textbook_harness::record_printed(format!($($arg)*))
//!     };
//! }
//!
//! fn block() {
//!     let x = 3;
//!     println!("x={x}");
//! }
//!
//! assert_eq!(textbook_harness::printed_by(block), ["x=3"]);
//! ```

use std::cell::RefCell;

thread_local! {
    // Per thread: the tests of one binary run in parallel threads, each reading its own lines.
    static PRINTED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Records one line in place of printing it (what the chapter's shadowed `println!` calls).
pub fn record_printed(line: String) {
    PRINTED.with(|p| p.borrow_mut().push(line));
}

/// Runs `block` and returns the lines it recorded, in order.
pub fn printed_by(block: impl FnOnce()) -> Vec<String> {
    PRINTED.with(|p| p.borrow_mut().clear());
    block();
    PRINTED.with(|p| p.take())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_lines_of_the_block_run_are_returned() {
        record_printed("before".into());
        let lines = printed_by(|| {
            record_printed("one".into());
            record_printed("two".into());
        });
        assert_eq!(lines, ["one", "two"]);
        assert!(printed_by(|| {}).is_empty());
    }
}
