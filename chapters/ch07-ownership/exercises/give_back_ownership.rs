//! Chapter 7, exercise `give_back_ownership`: a Vec given to a function (ledger:
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
//! The word-for-word Rust does not compile. Check with `cargo xtask exercise 7`.

// TODO: make `answer_appended` return the caller's Vec with 42 pushed by `process`, without
// `.clone()`. Lend the Vec instead of giving it away: change `process`'s parameter and the call.
fn process(mut data: Vec<i32>) {
    data.push(42);
}

fn answer_appended() -> Vec<i32> {
    let my_vec = vec![1, 2, 3];
    process(my_vec);
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
