// Python: `name.upper()` on an Optional[str] that is None raises AttributeError at run time.
// Rust: `Option<String>` is not a string; its methods are Option's, and `to_uppercase` is not one.
use chapter_01::none::get_name;

fn main() {
    let name = get_name(999);
    println!("{}", name.to_uppercase());
}
