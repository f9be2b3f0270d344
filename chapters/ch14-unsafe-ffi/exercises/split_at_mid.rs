//! Chapter 14, exercise `split_at_mid` (ledger: `exercise/split-at-mid`).
//! Check your work with `cargo xtask exercise 14`; stuck? `cargo xtask exercise 14 --hint`.

// TODO: return the two halves of `slice` as two mutable slices. Borrowing it twice is refused
// (the compiler cannot see that the halves do not overlap); build them from the raw pointer
// with `std::slice::from_raw_parts_mut` inside one small `unsafe` block, with a SAFETY comment.
fn split_at_mid(slice: &mut [i32]) -> (&mut [i32], &mut [i32]) {
    let mid = slice.len() / 2;
    (&mut slice[..mid], &mut slice[mid..])
}

fn main() {
    let mut readings = [10, 20, 30, 40, 50];
    let (front, back) = split_at_mid(&mut readings);
    front[0] += 1;
    back[0] += 1;
    println!("front {front:?}, back {back:?}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_are_disjoint_and_writable() {
        let mut data = [1, 2, 3, 4, 5, 6];
        let (left, right) = split_at_mid(&mut data);
        left[0] = 99;
        right[0] = 88;
        assert_eq!(
            format!("left: {left:?}, right: {right:?}"),
            "left: [99, 2, 3], right: [88, 5, 6]"
        );
        assert_eq!(data, [99, 2, 3, 88, 5, 6]);
    }

    #[test]
    fn odd_and_empty_slices_split_at_len_over_2() {
        let mut odd = [1, 2, 3];
        let (left, right) = split_at_mid(&mut odd);
        assert_eq!((left.len(), right.len()), (1, 2));
        let mut empty: [i32; 0] = [];
        let (left, right) = split_at_mid(&mut empty);
        assert!(left.is_empty() && right.is_empty());
    }
}
