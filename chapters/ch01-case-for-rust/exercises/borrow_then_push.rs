//! Chapter 1, exercise `borrow_then_push`: a borrow that outlives a push
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
//! The translation below borrows instead of moving, and still does not compile. Check your work
//! with `cargo xtask exercise 1`; stuck? `cargo xtask exercise 1 --hint`.

// TODO: make `append_then_peek` compile. `y` is a second name for the list, as in Python, so it
// must see the appended item: `append_then_peek(vec![1, 2, 3], 4)` returns `Some(4)`. Keep `y` a
// borrow of `x` (no copy): the compiler does not object to the borrow, only to *when* it is
// taken and used.
fn append_then_peek(list: Vec<i32>, item: i32) -> Option<i32> {
    let mut x = list;
    let y = &x;
    x.push(item);
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
