// The lecture's extern block as printed: edition 2024 wants `unsafe extern "C" {`.
extern "C" {
    fn abs(input: i32) -> i32;
}

fn main() {
    // SAFETY: abs is the C library's.
    let result = unsafe { abs(-42) };
    println!("{result}");
}
