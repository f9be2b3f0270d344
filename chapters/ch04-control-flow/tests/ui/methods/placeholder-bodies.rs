// The lecture's method table exactly as printed: `MyStruct` is not defined anywhere, and `...`
// is not a placeholder in Rust but an (obsolete) range operator, so the sketch does not compile.
// `todo!()` is the placeholder that does.
impl MyStruct {
    fn new() -> Self { ... }                // No self — "static method" / "classmethod"
    fn read_only(&self) { ... }             // &self — borrows immutably (can't modify)
    fn modify(&mut self) { ... }            // &mut self — borrows mutably (can modify)
    fn consume(self) { ... }                // self — takes ownership (object is moved)
}

fn main() {}
