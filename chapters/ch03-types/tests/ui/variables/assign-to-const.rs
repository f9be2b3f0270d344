// A `const` is not a variable at all: there is no place to assign to.
const MAX_SIZE: usize = 1024;

fn main() {
    MAX_SIZE = 999;
    println!("{MAX_SIZE}");
}
