//! Every "this does not compile" claim of the chapter, proven by rustc itself.
//! Bless new snapshots with `TRYBUILD=overwrite cargo test -p chapter-03 --test ui`, then read
//! every diff; the ledger names each file and the error code its `.stderr` must show.
#[test]
fn ui() {
    textbook_harness::ui();
}
