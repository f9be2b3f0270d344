// A `const` is a value, not a variable: there is nothing to assign to.
const MAX_SIZE: usize = 1024;

fn main() {
    MAX_SIZE = 2048;
    println!("{MAX_SIZE}");
}
