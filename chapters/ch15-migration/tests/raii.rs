//! Context manager → RAII. Ledger: `raii/*`.
use chapter_15::raii::{trace, write_file};
use textbook_harness::Scratch;

/// The open descriptors of this process that point at `path` (Linux's /proc/self/fd).
fn open_descriptors_of(path: &std::path::Path) -> usize {
    std::fs::read_dir("/proc/self/fd")
        .expect("/proc/self/fd is readable on Linux")
        .filter_map(|entry| std::fs::read_link(entry.ok()?.path()).ok())
        .filter(|target| target == path)
        .count()
}

#[test]
fn write_file_leaves_its_text_and_no_open_descriptor() {
    let scratch = Scratch::new("ch15-raii");
    // /proc shows the canonical path, so compare with that.
    let path = std::fs::canonicalize(scratch.path())
        .unwrap()
        .join("output.txt");
    write_file(&path).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "hello");
    assert_eq!(open_descriptors_of(&path), 0, "the File was not closed");
}

#[test]
fn an_open_file_shows_as_a_descriptor_while_it_lives() {
    // The check above could not fail if it never saw any descriptor: here it must see one.
    let scratch = Scratch::new("ch15-raii-open");
    let path = std::fs::canonicalize(scratch.path())
        .unwrap()
        .join("held.txt");
    let held = std::fs::File::create(&path).unwrap();
    assert_eq!(open_descriptors_of(&path), 1);
    drop(held);
    assert_eq!(open_descriptors_of(&path), 0);
}

#[test]
fn drop_runs_at_the_end_of_scope_and_on_an_early_return() {
    assert_eq!(trace(false), "enter, body done, drop resource, Ok");
    assert_eq!(trace(true), "enter, drop resource, Err(boom)");
}

/// /dev/full (Linux) accepts an open and fails every write with ENOSPC: a disk that is full.
#[test]
fn an_unbuffered_file_reports_a_full_disk_at_the_write_and_a_dropped_bufwriter_does_not() {
    use std::io::Write;
    let full = std::path::Path::new("/dev/full");
    // The lecture's File is unbuffered: the error comes back from write_all, through the `?`.
    let err = write_file(full).unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::StorageFull);
    assert!(err.to_string().contains("No space left on device"), "{err}");
    // Buffered, as Python's file is, the write succeeds and the error waits for the flush: an
    // explicit flush reports it; a drop swallows it (BufWriter's docs say so).
    let mut buffered = std::io::BufWriter::new(std::fs::File::create(full).unwrap());
    buffered.write_all(b"hello").unwrap();
    assert_eq!(
        buffered.flush().unwrap_err().kind(),
        std::io::ErrorKind::StorageFull
    );
    let mut dropped = std::io::BufWriter::new(std::fs::File::create(full).unwrap());
    dropped.write_all(b"hello").unwrap();
    drop(dropped); // nothing to observe but that it returns: Drop has no way to report
}
