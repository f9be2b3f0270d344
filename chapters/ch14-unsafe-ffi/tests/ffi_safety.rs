//! FFI safety patterns in process. Ledger: `ffi/catch-unwind`, `ffi/repr-c`.
use std::mem::{align_of, offset_of, size_of};

use chapter_14::ffi_safety::{CLayout, RustLayout, raw_ffi_function};

#[test]
fn a_caught_panic_becomes_the_error_code_minus_1() {
    assert_eq!(raw_ffi_function(0), 42);
    assert_eq!(raw_ffi_function(99), -1);
}

#[test]
fn repr_c_keeps_c_order_and_padding_12_bytes() {
    assert_eq!(size_of::<CLayout>(), 12);
    assert_eq!(align_of::<CLayout>(), 4);
    assert_eq!(
        [
            offset_of!(CLayout, tag),
            offset_of!(CLayout, value),
            offset_of!(CLayout, flag)
        ],
        [0, 4, 8]
    );
}

#[test]
fn default_layout_reorders_the_same_fields_into_8_bytes() {
    assert_eq!(size_of::<RustLayout>(), 8);
    assert_eq!(offset_of!(RustLayout, value), 0);
}
