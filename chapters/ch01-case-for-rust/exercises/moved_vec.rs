//! Chapter 1, exercise `moved_vec`: the moved `Vec` (ledger: `exercise/move`).
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
//! The word-for-word translation below does not compile. Check your work with
//! `cargo xtask exercise 1`; stuck? `cargo xtask exercise 1 --hint`.

// TODO: make `keep_a_snapshot` compile and return `(x, y)`, where `x` has the 4 appended and `y`
// still holds the list as it was before the append. Change only the function's body: the tests
// at the bottom say exactly what is expected.
fn keep_a_snapshot() -> (Vec<i32>, Vec<i32>) {
    let x = vec![1, 2, 3];
    let y = x;
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
