// The lecture's row `__hash__` → `#[derive(Hash)]`, on the lecture's own Rectangle: f64 has no
// `Eq` and no `Hash` (NaN is not equal to itself), so neither can a struct of f64
// (ledger: dunder/hash-derive).
#[derive(Debug, PartialEq, Eq, Hash)]
struct Rectangle {
    width: f64,
    height: f64,
}

fn main() {
    let r = Rectangle {
        width: 10.0,
        height: 5.0,
    };
    println!("{r:?}");
}
