// `pub(crate)` is visible in the whole crate that defines it and nowhere else: this file is a
// crate of its own that depends on chapter_02.
fn main() {
    chapter_02::visibility::shop::greet();
    chapter_02::visibility::shop::internal();
}
