// Send is an auto trait the compiler checks: a raw pointer is not Send, so it cannot move into
// another thread unless someone promises it may (`unsafe impl Send` on a wrapper).
fn main() {
    let pointer: *mut u8 = std::ptr::null_mut();
    std::thread::spawn(move || pointer.is_null()).join().unwrap();
}
