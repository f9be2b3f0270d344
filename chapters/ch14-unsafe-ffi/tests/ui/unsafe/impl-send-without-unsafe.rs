// Power 4: `Send` is an unsafe trait, so implementing it by hand must be written `unsafe impl`.
struct Handle(*mut u8);

impl Send for Handle {}

fn main() {
    let handle = Handle(std::ptr::null_mut());
    println!("{}", handle.0.is_null());
}
