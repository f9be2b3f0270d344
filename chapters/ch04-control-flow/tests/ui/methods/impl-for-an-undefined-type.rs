// The same table writes `impl MyStruct { … }` with no `struct MyStruct` anywhere in the lecture's
// chapter. Faithful: an `impl` for the undefined name, its method given the placeholder body that
// does compile, `todo!()`, so that the missing type is the only mistake.
impl MyStruct {
    fn new() -> Self {
        todo!()
    }
}

fn main() {}
