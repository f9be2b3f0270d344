// Power 2: an `unsafe fn` is a promise its caller makes; calling it outside `unsafe` is refused.
/// # Safety
/// `pointer` is valid for reads.
unsafe fn read(pointer: *const i32) -> i32 {
    // SAFETY: the caller promises a readable pointer.
    unsafe { *pointer }
}

fn main() {
    let value = 42;
    println!("{}", read(&value));
}
