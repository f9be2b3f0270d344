// The lecture's diagram writes the Rust arms as `{ 'yes' }` and `{ 'no' }`, Python's quotes. In
// Rust single quotes make a `char`, one character, and a string needs double quotes.
fn main() {
    let condition = true;
    let result = if condition { 'yes' } else { 'no' };
    println!("{result}");
}
