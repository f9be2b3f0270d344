//! Chapter 1, solution of exercise `borrow_then_push`: a borrow that outlives a push
//! (ledger: `exercise/borrow-then-push`).
//!
//! The lecture's other way out of the moved `Vec` is to borrow: `let y = &x;`. In Python the
//! second name simply sees every later change:
//!
//! ```python
//! x = [1, 2, 3]
//! y = x
//! x.append(4)
//! print(y[-1])  # 4: y is the same list
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/borrow_then_push.rs`. Once yours passes,
//! `cargo xtask exercise 1 solution borrow_then_push` shows this file.

// Solved. While a shared borrow `y = &x` is still going to be used, `x` is frozen: `x.push`
// needs `x` mutably (E0502), and a push may move the elements to a bigger buffer, leaving `y`
// pointing at freed memory. Python never has that problem because its list is reached through
// one shared object. Taking the borrow after the push keeps `y` a view of the same list, and it
// sees the item. (Pushing through a mutable borrow, `let y = &mut x; y.push(item);`, works too.)
fn append_then_peek(list: Vec<i32>, item: i32) -> Option<i32> {
    let mut x = list;
    x.push(item);
    let y = &x;
    y.last().copied()
}

fn main() {
    println!("y sees {:?} last", append_then_peek(vec![1, 2, 3], 4));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn y_sees_the_appended_item() {
        assert_eq!(append_then_peek(vec![1, 2, 3], 4), Some(4));
    }

    #[test]
    fn an_empty_list_gets_its_first_item() {
        assert_eq!(append_then_peek(Vec::new(), 7), Some(7));
    }
}
