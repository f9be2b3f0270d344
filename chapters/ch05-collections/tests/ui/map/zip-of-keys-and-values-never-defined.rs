// The lecture's "Creating HashMaps" block (Rust, line 367 of
// ../shared/course/ch05-data-structures-and-collections.md) ends by collecting a zip of `keys` and
// `values`, two names the block never binds. This keeps that one statement, its annotation and
// its import, and binds nothing else, so the only errors rustc can give are the two missing names.
use std::collections::HashMap;

fn main() {
    let comprehension: HashMap<_, _> = keys.iter().zip(values.iter()).collect();
}
