// The format string is checked when the program is compiled: two `{}` need two arguments.
// Python's `"{} {}".format(1)` is accepted and raises IndexError when the line runs.
fn main() {
    let count = 1;
    println!("{} of {}", count);
}
