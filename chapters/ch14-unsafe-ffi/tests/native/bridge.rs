//! A C-ABI library of the lecture's extension functions, built by `tests/ffi_bridge.rs` with
//! `rustc --crate-type cdylib` and loaded by Python's `ctypes`
//! (python_equivalents/ch14_unsafe_ffi/_rust_from_python.py): the Python ⇄ Rust bridge without
//! PyO3.
//! Every export is `extern "C"` (the C calling convention `ctypes` uses) and `#[unsafe(no_mangle)]`
//! (edition 2024 spells the attribute so: it can clash with any other symbol of the process).

#[path = "../../src/kernels.rs"]
mod kernels;

use std::panic::catch_unwind;

use kernels::Counter;

#[unsafe(no_mangle)]
pub extern "C" fn fibonacci(n: u64) -> u64 {
    kernels::fibonacci(n)
}

/// A `Vec` cannot cross a C boundary as such; the count of primes can.
#[unsafe(no_mangle)]
pub extern "C" fn count_primes_up_to(n: usize) -> usize {
    kernels::primes_up_to(n).len()
}

/// The class as an opaque pointer: Python holds it, only Rust reads its fields.
#[unsafe(no_mangle)]
pub extern "C" fn counter_new(start: i64) -> *mut Counter {
    Box::into_raw(Box::new(Counter::new(start)))
}

/// # Safety
/// `counter` comes from `counter_new` and has not been freed.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn counter_increment(counter: *mut Counter) {
    // SAFETY: the caller promises a live pointer from `counter_new`.
    unsafe { &mut *counter }.increment();
}

/// # Safety
/// As for `counter_increment`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn counter_get_value(counter: *const Counter) -> i64 {
    // SAFETY: the caller promises a live pointer from `counter_new`.
    unsafe { &*counter }.get_value()
}

/// # Safety
/// `counter` comes from `counter_new`; it is not used again.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn counter_free(counter: *mut Counter) {
    // SAFETY: the caller gives back the pointer `Box::into_raw` made, once.
    drop(unsafe { Box::from_raw(counter) });
}

/// The lecture's pattern: a panic is caught and turned into an error code.
#[unsafe(no_mangle)]
pub extern "C" fn guarded_index(index: usize) -> i32 {
    let data = [10, 20, 30];
    catch_unwind(|| data[index]).unwrap_or(-1)
}

/// The same without the guard: since Rust 1.81 a panic that reaches an `extern "C"` frame aborts
/// the process instead of unwinding into the caller.
#[unsafe(no_mangle)]
pub extern "C" fn unguarded_index(index: usize) -> i32 {
    let data = [10, 20, 30];
    data[index]
}
