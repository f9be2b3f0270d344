//! Chapter 16, solution of exercise `extend_while_iterating` (ledger: `exercise/extend-while-iterating`).

// Solved: the shared borrow ends with `collect`, so the mutable one for `extend` is free.
fn add_doubled_large(items: &mut Vec<i32>) {
    let additions: Vec<i32> = items.iter().filter(|&&x| x > 3).map(|&x| x * 2).collect();
    items.extend(additions);
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
