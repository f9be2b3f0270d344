//! Chapter 7, solution of exercise `give_back_ownership`: a Vec given to a function (ledger:
//! `exercise/give-back-ownership`).
//!
//! In Python the function changes the caller's list, which the caller then returns:
//!
//! ```python
//! def process(data):
//!     data.append(42)
//!
//! def answer_appended():
//!     my_list = [1, 2, 3]
//!     process(my_list)
//!     return my_list  # [1, 2, 3, 42]
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/give_back_ownership.rs`. Once yours passes,
//! `cargo xtask exercise 7 solution give_back_ownership` shows this file.

// Solved. Passing `my_vec` by value moved it into `process`, which dropped it at its end, so
// returning it was a use after move (E0382). Lending it with `&mut` lets `process` change it in
// place, as Python's function does, and the caller keeps it. (The lecture's other way: let
// `process` take the Vec and return it, `let my_vec = process(my_vec);`.)
fn process(data: &mut Vec<i32>) {
    data.push(42);
}

fn answer_appended() -> Vec<i32> {
    let mut my_vec = vec![1, 2, 3];
    process(&mut my_vec);
    my_vec
}

fn main() {
    println!("{:?}", answer_appended());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_callers_vec_gets_the_answer() {
        assert_eq!(answer_appended(), [1, 2, 3, 42]);
    }
}
