//! What `unsafe` permits. Ledger: `unsafe/libc-abs`, `unsafe/five-powers`, `unsafe/safe-wrapper`.
use chapter_14::unsafe_powers::{
    c_abs, count_call, float_bits, read_through_raw_pointer, send_handle,
};

#[test]
fn c_abs_calls_the_c_library_and_prints_42() {
    assert_eq!(c_abs(-42).to_string(), "42");
    assert_eq!(c_abs(7), 7);
}

#[test]
#[should_panic(expected = "abs(INT_MIN) is undefined in C")]
fn the_safe_wrapper_refuses_the_one_input_c_leaves_undefined() {
    c_abs(i32::MIN);
}

#[test]
fn each_power_works_inside_its_unsafe_block() {
    assert_eq!(read_through_raw_pointer(7), 7);
    let first = count_call();
    assert_eq!(count_call(), first + 1);
    assert_eq!(float_bits(1.0), 0x3f80_0000);
    assert!(send_handle());
}
