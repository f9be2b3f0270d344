//! What the heap really holds and what a small Rust program really occupies, measured by a
//! program compiled here by rustc: it counts its own allocations with a global allocator (which
//! needs `unsafe`, forbidden in this workspace's crates, hence a separate program), then reads
//! its resident size from /proc. Ledger: `memory/rust-sizes`, `memory/dict-and-hashmap`,
//! `memory/baseline`, `habits/string-parameter-allocates`.
use std::process::Command;
use std::time::Duration;

use textbook_harness::{Scratch, run_with_timeout, rustc};

const MEASURE: &str = r#"use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The system allocator, counting the bytes allocated and not yet freed, and all bytes ever
/// allocated.
struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static EVER: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::SeqCst);
        EVER.fetch_add(layout.size(), Ordering::SeqCst);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::SeqCst);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn heap_of<T>(build: impl FnOnce() -> T) -> (T, usize) {
    let before = LIVE.load(Ordering::SeqCst);
    let value = build();
    (value, LIVE.load(Ordering::SeqCst) - before)
}

/// The bytes allocated while `call` runs, freed or not.
fn allocated_by<T>(call: impl FnOnce() -> T) -> usize {
    let before = EVER.load(Ordering::SeqCst);
    std::hint::black_box(call());
    EVER.load(Ordering::SeqCst) - before
}

/// The mistakes table's "String instead of &str": the same function, both parameter types.
fn shout_owned(text: String) -> usize {
    text.len()
}

fn shout_borrowed(text: &str) -> usize {
    text.len()
}

fn main() {
    let kept = String::from("ferris");
    // A literal: the `String` parameter makes the caller allocate; so does keeping one's own.
    let owned_literal = allocated_by(|| shout_owned("ferris".to_string()));
    let owned_kept = allocated_by(|| shout_owned(kept.clone()));
    let borrowed = allocated_by(|| shout_borrowed("ferris") + shout_borrowed(&kept));
    println!("param {owned_literal} {owned_kept} {borrowed}");
    let (v, bytes) = heap_of(|| (0..1000).collect::<Vec<i32>>());
    println!("vec {} {bytes} {}", v.len(), std::mem::size_of_val(&v));
    let (map, bytes) = heap_of(|| (0..100).map(|i| (i, i)).collect::<HashMap<i64, i64>>());
    println!("map {} {} {bytes}", map.len(), map.capacity());
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let rss = status.lines().find(|l| l.starts_with("VmRSS")).unwrap();
    println!("rss {}", rss.split_whitespace().nth(1).unwrap());
}
"#;

/// The measuring program's report: each line's words after its label.
fn measure() -> Vec<(String, Vec<u64>)> {
    let scratch = Scratch::new("ch16-memory");
    scratch.write("main.rs", MEASURE);
    let binary = scratch.path().join("measure");
    let built = rustc(&scratch.path().join("main.rs"), &binary, &["-O"]);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let run = run_with_timeout(Command::new(&binary), Duration::from_secs(30));
    assert!(run.status.success());
    String::from_utf8_lossy(&run.stdout)
        .lines()
        .map(|line| {
            let mut words = line.split_whitespace();
            let label = words.next().unwrap_or_default().to_string();
            (label, words.map(|w| w.parse().unwrap()).collect())
        })
        .collect()
}

/// One test, one compile: the three figures come from the same run.
#[test]
fn heap_bytes_of_vec_hashmap_and_string_parameters_and_a_small_programs_rss() {
    let report = measure();
    let line = |label: &str| {
        report
            .iter()
            .find(|(l, _)| l == label)
            .map(|(_, numbers)| numbers.clone())
            .unwrap_or_else(|| panic!("no `{label}` line in {report:?}"))
    };
    // 1000 i32 are one allocation of 4000 bytes; the Vec itself is pointer, capacity, length.
    assert_eq!(line("vec"), [1000, 4000, 24]);
    // "ferris" copied to the heap for a `String` parameter, from a literal and from a String
    // the caller keeps; nothing for `&str`.
    assert_eq!(line("param"), [6, 6, 0]);
    // 100 pairs: 112 usable slots, one allocation of 2192 bytes.
    assert_eq!(line("map"), [100, 112, 2192]);
    let rss_kb = line("rss")[0];
    assert!(rss_kb < 5_000, "VmRSS {rss_kb} kB");
}
