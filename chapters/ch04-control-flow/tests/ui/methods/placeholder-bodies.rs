// The lecture's "Methods: self vs &self vs &mut self" table (../shared/course/ch04-control-flow.md,
// line 323) gives every method the body `{ ... }`, as a Python stub would. Faithful: `MyStruct`
// is defined here (its absence is impl-for-an-undefined-type.rs), and one method keeps the
// lecture's `{ ... }` body; in Rust `...` is the obsolete inclusive-range operator.
struct MyStruct;

impl MyStruct {
    fn read_only(&self) { ... }
}

fn main() {
    MyStruct.read_only();
}
