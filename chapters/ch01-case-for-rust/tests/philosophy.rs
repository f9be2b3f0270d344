//! Language philosophy at run time. Ledger: `philosophy/resources-one-owner`,
//! `philosophy/no-implicit-conversion`, `philosophy/zero-cost`, `philosophy/no-hidden-behaviour`,
//! `reference/error-handling`, `reference/type-annotations`.
use std::any::type_name_of_val;
use std::cell::Cell;
use std::fs::{self, File};
use std::io::ErrorKind;
use std::net::{TcpListener, TcpStream};
use std::ops::Deref;
use std::os::fd::AsRawFd;
use std::panic;
use std::path::PathBuf;
use std::rc::Rc;

use chapter_01::philosophy::{
    FdCounts, descriptors_open_on, file_closed_at_scope_end, file_closed_by_drop,
};
use textbook_harness::{Scratch, panic_message};

/// A file of its own for one test, in a scratch folder removed when the test ends, whatever the
/// outcome.
struct ScratchFile {
    _folder: Scratch,
    path: PathBuf,
}

impl ScratchFile {
    fn new(name: &str) -> ScratchFile {
        let folder = Scratch::new(&format!("ch01-{name}"));
        folder.write("owned.txt", "one owner\n");
        let path = folder.path().join("owned.txt");
        ScratchFile {
            _folder: folder,
            path,
        }
    }
}

const OPEN_THEN_CLOSED: FdCounts = FdCounts {
    before: 0,
    inside: 1,
    after: 0,
};

#[test]
fn a_file_is_closed_when_its_owner_goes_out_of_scope() {
    let scratch = ScratchFile::new("test-scope");
    let counts = file_closed_at_scope_end(&scratch.path).expect("/proc/self/fd is readable");
    assert_eq!(counts, OPEN_THEN_CLOSED);
}

#[test]
fn a_file_is_closed_when_its_owner_is_dropped() {
    let scratch = ScratchFile::new("test-drop");
    let counts = file_closed_by_drop(&scratch.path).expect("/proc/self/fd is readable");
    assert_eq!(counts, OPEN_THEN_CLOSED);
}

#[test]
fn moving_the_owner_moves_the_duty_to_close() {
    let scratch = ScratchFile::new("test-move");
    let file = File::open(&scratch.path).unwrap();
    let owners = vec![file]; // the Vec is the owner now; the descriptor stays open with it
    assert_eq!(descriptors_open_on(&scratch.path).unwrap(), 1);
    drop(owners);
    assert_eq!(descriptors_open_on(&scratch.path).unwrap(), 0);
}

#[test]
fn forgetting_the_owner_leaks_the_descriptor_safely() {
    // Closing on drop is guaranteed only if the drop happens: `mem::forget` (or an Rc cycle)
    // skips it, and that is safe Rust. The descriptor stays open until the process exits.
    let scratch = ScratchFile::new("test-forget");
    std::mem::forget(File::open(&scratch.path).unwrap());
    assert_eq!(descriptors_open_on(&scratch.path).unwrap(), 1);
}

fn shout(text: &str) -> String {
    text.to_uppercase()
}

/// A string that counts how often it is dereferenced: code of ours, run by the compiler's choice.
struct CountedText {
    text: String,
    derefs: Cell<u32>,
}

impl Deref for CountedText {
    type Target = str;
    fn deref(&self) -> &str {
        self.derefs.set(self.derefs.get() + 1);
        &self.text
    }
}

#[test]
fn deref_coercion_is_an_implicit_conversion_rust_does_make() {
    // `shout` takes a `&str`; the call passes a `&CountedText` and names no conversion, yet the
    // compiler inserts a call to `Deref::deref` (as it turns `&String` into `&str`).
    let counted = CountedText {
        text: "implicit".into(),
        derefs: Cell::new(0),
    };
    assert_eq!(shout(&counted), "IMPLICIT");
    assert_eq!(counted.derefs.get(), 1, "one hidden call to deref");
    let owned = String::from("explicit");
    assert_eq!(shout(&owned), "EXPLICIT");
}

#[test]
fn a_socket_is_closed_when_its_owner_is_dropped() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let address = listener.local_addr().unwrap();
    let link = fs::read_link(format!("/proc/self/fd/{}", listener.as_raw_fd())).unwrap();
    let link = link.to_string_lossy().into_owned();
    assert!(link.starts_with("socket:["), "{link}");
    assert_eq!(descriptors_linking_to(&link), 1);
    drop(listener);
    assert_eq!(descriptors_linking_to(&link), 0);
    let refused = TcpStream::connect(address).expect_err("nobody listens any more");
    assert_eq!(refused.kind(), ErrorKind::ConnectionRefused);
}

/// How many of this process's descriptors point at `target` (`socket:[inode]`, a path…).
fn descriptors_linking_to(target: &str) -> usize {
    fs::read_dir("/proc/self/fd")
        .unwrap()
        .filter_map(|entry| fs::read_link(entry.ok()?.path()).ok())
        .filter(|link| link.to_string_lossy() == target)
        .count()
}

#[test]
fn an_rc_file_has_several_owners_and_closes_with_the_last() {
    // One owner is the default, not a rule: Rc (or Arc) shares the File, and it is closed only
    // when the last owner goes.
    let scratch = ScratchFile::new("test-rc");
    let first = Rc::new(File::open(&scratch.path).unwrap());
    let second = Rc::clone(&first);
    assert_eq!(Rc::strong_count(&first), 2);
    drop(first);
    assert_eq!(
        descriptors_open_on(&scratch.path).unwrap(),
        1,
        "still owned"
    );
    drop(second);
    assert_eq!(descriptors_open_on(&scratch.path).unwrap(), 0);
}

#[test]
fn indexing_is_checked_at_run_time() {
    // A cost that no abstraction removes: every `v[i]` the optimiser cannot prove in range
    // carries a bounds check, and a failed one panics.
    let v = Vec::from([1, 2, 3]);
    let i = std::hint::black_box(3);
    assert_eq!(
        panic_message(|| {
            let _ = v[i];
        }),
        "index out of bounds: the len is 3 but the index is 3"
    );
}

fn first(numbers: &[i32]) -> i32 {
    numbers[0]
}

#[test]
fn a_panic_leaves_a_function_whose_signature_promises_a_value() {
    // Control flow that no signature shows: `first` returns `i32`, not a Result, and still
    // leaves without a value, unwinding through its caller up to `catch_unwind`.
    let caller = || {
        let _ = first(&[]) + 1;
    };
    assert_eq!(
        panic_message(caller),
        "index out of bounds: the len is 0 but the index is 0"
    );
    assert_eq!(panic::catch_unwind(|| first(&[41]) + 1).ok(), Some(42));
}

#[test]
fn locals_are_inferred_only_signatures_need_types() {
    // No annotation on either local: rustc infers them from their use. Only the `fn` signature
    // (and statics, consts) must be written out: tests/ui/philosophy/parameter-without-a-type.rs.
    let mut names = Vec::new();
    for name in ["ferris", "corro"] {
        names.push(name);
    }
    let count = names.len();
    assert_eq!(type_name_of_val(&names), "alloc::vec::Vec<&str>");
    assert_eq!(type_name_of_val(&count), "usize");
}
