// "FFI Safety Patterns", rule 1 (../shared/course/ch14-unsafe-rust-and-ffi.md line 247), exports
// `raw_ffi_function` under a bare `#[no_mangle]`. Faithful: the same attribute on an `extern "C"`
// function of that name; the body, which the attribute does not look at, is reduced to a value.
#[no_mangle]
pub extern "C" fn raw_ffi_function() -> i32 {
    42
}

fn main() {
    println!("{}", raw_ffi_function());
}
