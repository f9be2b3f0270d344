//! Chapter 14, solution of exercise `split_at_mid` (ledger: `exercise/split-at-mid`).

// Solved as the lecture does: one raw pointer, two slices built from it. (std's own
// `slice.split_at_mut(mid)` is this, already written and reviewed: use it outside an exercise.)
fn split_at_mid(slice: &mut [i32]) -> (&mut [i32], &mut [i32]) {
    let mid = slice.len() / 2;
    let ptr = slice.as_mut_ptr();
    let len = slice.len();

    assert!(mid <= len);

    // SAFETY: mid <= len, and ptr comes from a live &mut slice, so [0, mid) and [mid, len) are
    // in bounds and do not overlap; the returned slices borrow `slice` for as long as they live.
    unsafe {
        (
            std::slice::from_raw_parts_mut(ptr, mid),
            std::slice::from_raw_parts_mut(ptr.add(mid), len - mid),
        )
    }
}

fn main() {
    let mut data = vec![1, 2, 3, 4, 5, 6];
    let (left, right) = split_at_mid(&mut data);
    left[0] = 99;
    right[0] = 88;
    println!("left: {left:?}, right: {right:?}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_are_disjoint_and_writable() {
        let mut data = vec![1, 2, 3, 4, 5, 6];
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
