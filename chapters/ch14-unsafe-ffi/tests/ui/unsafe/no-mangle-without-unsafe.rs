// The lecture's `#[no_mangle]` as printed: edition 2024 wants `#[unsafe(no_mangle)]`.
#[no_mangle]
pub extern "C" fn raw_ffi_function() -> i32 {
    match std::panic::catch_unwind(|| 42) {
        Ok(result) => result,
        Err(_) => -1,
    }
}

fn main() {
    println!("{}", raw_ffi_function());
}
