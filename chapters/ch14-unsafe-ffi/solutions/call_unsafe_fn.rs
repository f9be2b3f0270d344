//! Chapter 14, solution of exercise `call_unsafe_fn` (ledger: `exercise/call-unsafe-fn`).

/// The element at `index`, read without a bounds check.
///
/// # Safety
/// `index` must be less than `values.len()`; otherwise the read is out of bounds (undefined
/// behaviour, not a panic).
unsafe fn element_unchecked(values: &[i32], index: usize) -> i32 {
    // SAFETY: the caller promises `index < values.len()`, so the pointer stays inside the slice.
    unsafe { *values.as_ptr().add(index) }
}

// Solved: `last` stays safe because it keeps the promise itself: the emptiness check makes
// `len - 1` a valid index, and the `unsafe` block holds only the call that relies on it.
fn last(values: &[i32]) -> Option<i32> {
    if values.is_empty() {
        return None;
    }
    // SAFETY: `values` is not empty, so `values.len() - 1 < values.len()`.
    Some(unsafe { element_unchecked(values, values.len() - 1) })
}

fn main() {
    println!("{:?} {:?}", last(&[3, 1, 4]), last(&[]));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_reads_the_final_element_or_none() {
        assert_eq!(last(&[3, 1, 4]), Some(4));
        assert_eq!(last(&[7]), Some(7));
        assert_eq!(last(&[]), None);
    }
}
