// The lecture's method table with its `{ ... }` bodies, as printed: `...` is not a placeholder
// in Rust but an (obsolete) range operator, so the sketch does not compile. `todo!()` is the
// placeholder that does.
struct MyStruct;

impl MyStruct {
    fn new() -> Self { ... }
    fn read_only(&self) { ... }
}

fn main() {}
