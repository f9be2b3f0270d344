//! Chapter 1, solution of exercise `moved_vec`: the moved `Vec` (ledger: `exercise/move`).
//!
//! In Python, `y = x` gives the list a second name, and both names see the append:
//!
//! ```python
//! x = [1, 2, 3]
//! y = x
//! x.append(4)
//! print(x, y)  # [1, 2, 3, 4] [1, 2, 3, 4]
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/moved_vec.rs`. Once yours passes,
//! `cargo xtask exercise 1 solution moved_vec` shows this file.

// Solved. `let y = x;` moved the list: after it, `x` named nothing (E0382), and a list that is
// appended to must be declared `mut` (E0596). Python's "two names, one list" has no direct
// equivalent: Rust makes you choose. Here `y` is a copy, so the append cannot reach it. A borrow
// (`let y = &x;`) is the other choice, and `borrow_then_push` shows its catch.
fn keep_a_snapshot() -> (Vec<i32>, Vec<i32>) {
    let mut x = vec![1, 2, 3];
    let y = x.clone();
    x.push(4);
    (x, y)
}

fn main() {
    let (x, y) = keep_a_snapshot();
    println!("x = {x:?}, y = {y:?}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn x_gets_the_appended_item() {
        assert_eq!(keep_a_snapshot().0, [1, 2, 3, 4]);
    }

    #[test]
    fn y_keeps_the_list_as_it_was() {
        assert_eq!(keep_a_snapshot().1, [1, 2, 3]);
    }
}
