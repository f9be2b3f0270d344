//! Every "this does not compile" claim of the chapter, proven by rustc itself.
//! Bless with `TRYBUILD=overwrite cargo test -p chapter-17 --test ui`, then read every diff.
#[test]
fn ui() {
    textbook_harness::ui();
}
