// A `static` is one place in memory for the whole program, and immutable unless `static mut`.
static VERSION: &str = "1.0";

fn main() {
    VERSION = "2.0";
    println!("{VERSION}");
}
