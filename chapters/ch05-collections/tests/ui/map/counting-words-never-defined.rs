// The lecture's "Common Operations" HashMap block (Rust, line 398 of
// ../shared/course/ch05-data-structures-and-collections.md) counts with the entry API over
// `words`, which nothing in the block binds. The counter here is typed as the lecture types it,
// so the loop's iterable is the one unknown and the first error is the missing name.
fn main() {
    let mut word_count: std::collections::HashMap<&str, i32> = Default::default();
    for word in words {
        *word_count.entry(word).or_insert(0) += 1;
    }
}
