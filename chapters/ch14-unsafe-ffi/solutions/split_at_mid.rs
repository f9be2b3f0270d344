//! Chapter 14, solution of exercise `split_at_mid` (ledger: `exercise/split-at-mid`).
use std::slice;

// Solved as the lecture does: one raw pointer, two slices built from it. (std's own
// `slice.split_at_mut(mid)` is this, already written and reviewed: use it outside an exercise.)
fn split_at_mid(slice: &mut [i32]) -> (&mut [i32], &mut [i32]) {
    let len = slice.len();
    let mid = len / 2;
    let start = slice.as_mut_ptr();
    // SAFETY: mid = len / 2 <= len, so both ranges, [0, mid) and [mid, len), lie inside the one
    // live `&mut` slice `start` came from, and they do not overlap; each returned slice borrows
    // `slice`, so nothing else can touch those elements while either is alive.
    unsafe {
        let back = start.add(mid);
        (
            slice::from_raw_parts_mut(start, mid),
            slice::from_raw_parts_mut(back, len - mid),
        )
    }
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
