// Not in the lecture (the chapter's issue asks for `pub(crate)`): a test crate is another crate
// than the chapter's library, so the library's `pub(crate) fn hyphens_inside`, though it sits
// in a chain of `pub mod`s, is as private here as an item with no `pub` at all.
use chapter_08::myproject::utils::validators;

fn main() {
    println!("{}", validators::is_name("Jean-Luc"));
    println!("{}", validators::hyphens_inside("Jean-Luc"));
}
