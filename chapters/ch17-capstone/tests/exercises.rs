//! Every exercise template, as committed, fails to compile as its `.stderr` records.
//! Bless with `TRYBUILD=overwrite cargo test -p chapter-17 --test exercises`.
#[test]
fn exercises() {
    textbook_harness::exercises(env!("CARGO_PKG_NAME"));
}
