//! What `unsafe` permits, each power used once behind a safe function.
//! Twin: python_equivalents/ch14_unsafe_ffi/unsafe_powers.py
use textbook_report::{Report, rejected};

// Edition 2024: an extern block is itself `unsafe` (its signatures are promises rustc cannot
// check); the lecture's bare `extern "C" {` is refused
// (tests/ui/unsafe/extern-block-not-unsafe.rs).
unsafe extern "C" {
    fn abs(input: i32) -> i32;
}

/// The lecture's call to C's `abs`, wrapped: callers never write `unsafe`.
pub fn c_abs(input: i32) -> i32 {
    // C leaves abs(INT_MIN) undefined: the one input a safe wrapper must refuse.
    assert_ne!(input, i32::MIN, "abs(INT_MIN) is undefined in C");
    // SAFETY: C's abs takes and returns an int (i32 wherever Rust links libc), and the one
    // undefined input was refused above.
    unsafe { abs(input) }
}

/// Power 1: dereferencing a raw pointer. Making the pointer is safe; reading through it is not.
pub fn read_through_raw_pointer(value: i32) -> i32 {
    let pointer: *const i32 = &value;
    // SAFETY: `pointer` was made from a live local two lines up.
    unsafe { *pointer }
}

static mut CALLS: u32 = 0;

/// Power 3: a mutable static. Edition 2024 denies references to it (`static_mut_refs`), so it
/// is read and written by value only.
pub fn count_call() -> u32 {
    // SAFETY: only this function touches CALLS, and the demo calls it from one thread.
    unsafe {
        CALLS += 1;
        CALLS
    }
}

/// Power 5: reading a union field (writing one is safe).
#[repr(C)]
union IntOrFloat {
    int: u32,
    float: f32,
}

pub fn float_bits(x: f32) -> u32 {
    let u = IntOrFloat { float: x };
    // SAFETY: every bit pattern of an f32 is a valid u32.
    unsafe { u.int }
}

/// Power 4: implementing an unsafe trait. `Send` promises the type may move to another thread.
#[derive(Debug)]
pub struct Handle(pub *mut u8);

// SAFETY: the demo's Handle points at nothing shared; a raw pointer makes it !Send by default.
unsafe impl Send for Handle {}

pub fn send_handle() -> bool {
    let handle = Handle(std::ptr::null_mut());
    // The whole Handle moves (a closure naming only `handle.0` would capture the bare pointer).
    std::thread::spawn(move || {
        let handle = handle;
        handle.0.is_null()
    })
    .join()
    .expect("the thread does not panic")
}

pub fn demo(report: &Report) {
    report.say("C's abs, declared in an `unsafe extern \"C\"` block and called behind a safe fn:");
    report.result("c_abs(-42)", c_abs(-42));
    report.say("\nThe other powers, each inside one small `unsafe` block:");
    report.result("raw_pointer_read", read_through_raw_pointer(7));
    count_call();
    report.result("static_mut_after_two_calls", count_call());
    report.result("union_bits_of_1.0", format!("{:#x}", float_bits(1.0)));
    report.result("unsafe_impl_send", send_handle());
    report.say("\nThe lecture's bare `extern \"C\" {` block, under edition 2024:");
    report.contrast(
        "bare_extern_block",
        rejected(include_str!(
            "../tests/ui/unsafe/extern-block-not-unsafe.stderr"
        )),
        "unsafe/extern-block",
    );
    report.say("\nDereferencing a raw pointer outside `unsafe`:");
    report.contrast(
        "deref_outside_unsafe",
        rejected(include_str!(
            "../tests/ui/unsafe/deref-raw-pointer-outside-unsafe.stderr"
        )),
        "unsafe/five-powers",
    );
}
