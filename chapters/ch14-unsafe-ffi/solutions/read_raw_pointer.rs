//! Chapter 14, solution of exercise `read_raw_pointer` (ledger: `exercise/raw-pointer-read`).

// Solved: the read, and only the read, in `unsafe`. (Safe Rust says `values.first().copied()`.)
fn first(values: &[u8]) -> Option<u8> {
    if values.is_empty() {
        return None;
    }
    let pointer: *const u8 = values.as_ptr();
    // SAFETY: `values` is not empty, so its pointer is valid for reading one u8.
    Some(unsafe { *pointer })
}

fn main() {
    println!("{:?}", first(b"rust"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_first_byte_or_none() {
        assert_eq!(first(b"rust"), Some(b'r'));
        assert_eq!(first(b""), None);
    }
}
