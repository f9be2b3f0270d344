//! Chapter 3, solution of exercise `python_index`: indexing with an `i32`
//! (ledger: `numbers/index-with-i32`).
//!
//! Python indexes a list with any int, and a negative one counts from the end:
//!
//! ```python
//! items = [10, 20, 30]
//! items[1]    # 20
//! items[-1]   # 30
//! items[5]    # IndexError: list index out of range
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/python_index.rs`. Once yours passes,
//! `cargo xtask exercise 3 solution python_index` shows this file.

// Solved. A slice is indexed by `usize` only (E0277 for an `i32`). `i as usize` would turn -1
// into 18 446 744 073 709 551 615; the conversions below say what a negative index means, and
// `get` returns `None` where `[]` would panic.
fn item_at(items: &[i32], i: i32) -> Option<i32> {
    let index = if i < 0 {
        items
            .len()
            .checked_sub(usize::try_from(i.unsigned_abs()).ok()?)?
    } else {
        usize::try_from(i).ok()?
    };
    items.get(index).copied()
}

fn main() {
    println!("{:?}", item_at(&[10, 20, 30], -1));
}

#[cfg(test)]
mod tests {
    use super::*;

    const ITEMS: [i32; 3] = [10, 20, 30];

    #[test]
    fn a_non_negative_index_counts_from_the_front() {
        assert_eq!(item_at(&ITEMS, 0), Some(10));
        assert_eq!(item_at(&ITEMS, 2), Some(30));
    }

    #[test]
    fn a_negative_index_counts_from_the_end() {
        assert_eq!(item_at(&ITEMS, -1), Some(30));
        assert_eq!(item_at(&ITEMS, -3), Some(10));
    }

    #[test]
    fn out_of_range_is_none_where_python_raises() {
        assert_eq!(
            item_at(&ITEMS, 5),
            None,
            "the lecture's i = 5 on a list of 3"
        );
        assert_eq!(item_at(&ITEMS, 3), None);
        assert_eq!(item_at(&ITEMS, -4), None);
        assert_eq!(item_at(&[], 0), None);
        assert_eq!(item_at(&ITEMS, i32::MIN), None);
    }
}
