//! The lecture's FFI safety patterns: a panic caught at the boundary, and C's struct layout.
//! Twin: python_equivalents/ch14_unsafe_ffi/ffi_safety.py
use std::mem::{align_of, size_of};
use std::panic::catch_unwind;

use textbook_report::{Report, rejected};

/// The lecture's `raw_ffi_function`, with a body that can panic: the panic becomes `-1`.
/// (Exported from a library it would also carry `#[unsafe(no_mangle)]`: tests/native/bridge.rs.)
#[allow(
    clippy::manual_unwrap_or,
    reason = "the lecture's match, kept so students find it"
)]
pub extern "C" fn raw_ffi_function(index: usize) -> i32 {
    let data = [42, 43, 44];
    match catch_unwind(|| data[index]) {
        Ok(result) => result,
        Err(_) => -1,
    }
}

/// Three fields in C's order with C's padding: 1 + 3 (pad) + 4 + 1 + 3 (pad) = 12 bytes.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct CLayout {
    pub tag: u8,
    pub value: u32,
    pub flag: u8,
}

/// The same fields under Rust's default layout, which may reorder them: 8 bytes on rustc 1.95.
#[derive(Debug, Clone, Copy)]
pub struct RustLayout {
    pub tag: u8,
    pub value: u32,
    pub flag: u8,
}

pub fn demo(report: &Report) {
    report.say("A panic caught before it reaches the C (or Python) caller:");
    report.result("raw_ffi_function(0)", raw_ffi_function(0));
    // The default hook would print the caught panic's message; the demo's output stays its own.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let caught = raw_ffi_function(99);
    std::panic::set_hook(hook);
    report.result("raw_ffi_function(99)", caught);
    report.say("\n#[repr(C)] fixes C's field order and padding; Rust's default layout need not:");
    report.result("size_of::<CLayout>()", size_of::<CLayout>());
    report.result("align_of::<CLayout>()", align_of::<CLayout>());
    report.contrast(
        "size_of::<RustLayout>()",
        size_of::<RustLayout>(),
        "ffi/repr-c",
    );
    report.say("\nThe lecture's `#[no_mangle]`, under edition 2024:");
    report.contrast(
        "bare_no_mangle",
        rejected(include_str!(
            "../tests/ui/unsafe/no-mangle-without-unsafe.stderr"
        )),
        "ffi/no-mangle-unsafe",
    );
}
