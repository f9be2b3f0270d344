//! Chapter 14, exercise `read_raw_pointer` (ledger: `exercise/raw-pointer-read`).
//! Check your work with `cargo xtask exercise 14`; stuck? `cargo xtask exercise 14 --hint`.

// TODO: make `first` compile. Reading through a raw pointer is one of the things only an
// `unsafe` block may do; keep the block to the one read and say in a SAFETY comment why the
// pointer is valid there.
fn first(values: &[u8]) -> Option<u8> {
    if values.is_empty() {
        return None;
    }
    let pointer: *const u8 = values.as_ptr();
    Some(*pointer)
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
