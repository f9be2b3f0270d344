// "What unsafe Allows" (../shared/course/ch14-unsafe-rust-and-ffi.md line 49) declares C's `abs`
// in a plain `extern "C" { … }` block. Faithful: that declaration, unchanged, and one call of it;
// edition 2024 refuses the block before it looks at the call.
extern "C" {
    fn abs(input: i32) -> i32;
}

fn main() {
    // SAFETY: C's abs is defined for every int but INT_MIN.
    println!("{}", unsafe { abs(-42) });
}
