// The lecture's "Variable and Mutability Keywords" listing (../shared/course/ch02-getting-started.md,
// line 193) comments out `name = "Bob";` under "Compile error! Immutable by default". Faithful:
// the same `name`, bound to a `&str` by a plain `let`, assigned once more; both values are
// printed so that no unused-assignment warning stands beside the error.
fn main() {
    let name = "Alice";
    println!("{name}");
    name = "Bob";
    println!("{name}");
}
