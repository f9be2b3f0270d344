// Python's `empty = []` needs no type. `Vec::new()` needs one, but only when nothing in the
// program says what the Vec will hold: here nothing does (ledger: vec/new-needs-annotation).
fn main() {
    let empty = Vec::new();
    println!("{}", empty.len());
}
