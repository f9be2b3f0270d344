//! Chapter 7, solution of exercise `shared_guest_list`: two handles on one list, and a change
//! through one (ledger: `exercise/shared-guest-list`).
//!
//! In Python two names share one list, and an append through either is seen through both:
//!
//! ```python
//! guests = ["Alice"]
//! other = guests
//! other.append("Bob")
//! print(guests)  # ['Alice', 'Bob']
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/shared_guest_list.rs`. Once yours passes,
//! `cargo xtask exercise 7 solution shared_guest_list` shows this file.

use std::cell::RefCell;
use std::rc::Rc;

// Solved. An `Rc` hands out only shared access to its value (E0596: cannot borrow data in an
// `Rc` as mutable). `Rc<RefCell<Vec<_>>>` is Python's model: shared ownership, and mutation with
// the borrowing rules checked at run time (a second `borrow_mut` while one is alive panics).
// The final `.clone()` copies the list out for the caller; the sharing itself needs none.
fn everyone_sees_bob() -> Vec<String> {
    let guests = Rc::new(RefCell::new(vec!["Alice".to_string()]));
    let other = Rc::clone(&guests);
    other.borrow_mut().push("Bob".to_string());
    guests.borrow().clone()
}

fn main() {
    println!("{:?}", everyone_sees_bob());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guest_added_through_one_handle_is_seen_through_the_other() {
        assert_eq!(everyone_sees_bob(), ["Alice", "Bob"]);
    }
}
