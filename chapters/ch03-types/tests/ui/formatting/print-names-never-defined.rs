// The lecture's "Basic Output" block (../shared/course/ch03-built-in-types-and-variables.md,
// line 291) prints a `name` and an `age` that no block of its section defines. Faithful: the
// inline form it uses, with nothing in scope called `name` or `age`.
fn main() {
    println!("{name} is {age}");
}
