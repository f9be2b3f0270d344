// Python's `__getitem__` may compute what it returns (`range(10)[4]` is made on the spot).
// `Index::index` returns a reference into `self`, so it cannot hand back a value it has just
// computed (ledger: dunder/getitem-index).
use std::ops::Index;

struct Squares;

impl Index<usize> for Squares {
    type Output = usize;
    fn index(&self, i: usize) -> &usize {
        &(i * i)
    }
}

fn main() {
    println!("{}", Squares[4]);
}
