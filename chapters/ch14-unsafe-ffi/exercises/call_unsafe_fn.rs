//! Chapter 14, exercise `call_unsafe_fn` (ledger: `exercise/call-unsafe-fn`).
//! Check your work with `cargo xtask exercise 14`; stuck? `cargo xtask exercise 14 --hint`.

/// The element at `index`, read without a bounds check.
///
/// # Safety
/// `index` must be less than `values.len()`; otherwise the read is out of bounds (undefined
/// behaviour, not a panic).
unsafe fn element_unchecked(values: &[i32], index: usize) -> i32 {
    // SAFETY: the caller promises `index < values.len()`, so the pointer stays inside the slice.
    unsafe { *values.as_ptr().add(index) }
}

// TODO: make `last` compile without making it an `unsafe fn`: its callers must not have to
// promise anything. Calling an `unsafe fn` is allowed only inside an `unsafe` block; keep the
// block to that one call, and say in a SAFETY comment why the index is in bounds there.
fn last(values: &[i32]) -> Option<i32> {
    if values.is_empty() {
        return None;
    }
    Some(element_unchecked(values, values.len() - 1))
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
