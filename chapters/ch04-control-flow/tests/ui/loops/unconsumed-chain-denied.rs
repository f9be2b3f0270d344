// A chain that nothing consumes does nothing, and rustc says so: `Map` is `#[must_use]`, and the
// `unused_must_use` lint (a warning by default, denied here to record it) explains why.
#![deny(unused_must_use)]

fn main() {
    (0..10).map(|x| x * x);
}
