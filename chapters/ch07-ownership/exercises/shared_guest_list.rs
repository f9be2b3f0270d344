//! Chapter 7, exercise `shared_guest_list`: two handles on one list, and a change through one
//! (ledger: `exercise/shared-guest-list`).
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
//! The Rust below does not compile. Check with `cargo xtask exercise 7`.

use std::rc::Rc;

// TODO: keep two `Rc` handles on one list, and make the push through `other` compile and be
// seen through `guests`. An `Rc` alone shares, but only for reading: what lets a shared value
// be changed, with its borrows checked while the program runs?
fn everyone_sees_bob() -> Vec<String> {
    let guests = Rc::new(vec!["Alice".to_string()]);
    let other = Rc::clone(&guests);
    other.push("Bob".to_string());
    guests.to_vec()
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
