//! Chapter 16, exercise `extend_while_iterating` (ledger: `exercise/extend-while-iterating`).
//! Check your work with `cargo xtask exercise 16`; stuck? `cargo xtask exercise 16 --hint`.

// TODO: append twice every item above 3, as Python's `items += [x * 2 for x in items if x > 3]`
// would. Pushing inside the loop borrows `items` twice at once: collect first, then extend.
fn add_doubled_large(items: &mut Vec<i32>) {
    for item in items.iter() {
        if *item > 3 {
            items.push(*item * 2);
        }
    }
}

fn main() {
    let mut items = vec![1, 2, 3, 4, 5];
    add_doubled_large(&mut items);
    println!("{items:?}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appends_the_doubled_large_items() {
        let mut items = vec![1, 2, 3, 4, 5];
        add_doubled_large(&mut items);
        assert_eq!(items, [1, 2, 3, 4, 5, 8, 10]);
    }
}
