// The table's row `__lt__` → `#[derive(PartialOrd, Ord)]`, written as the row says: `Ord` needs
// `Eq` and `PartialOrd` needs `PartialEq`, so the two derives alone do not compile
// (ledger: dunder/ord-derive).
#[derive(Debug, PartialOrd, Ord)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut points = vec![Point { x: 1, y: 2 }, Point { x: 0, y: 5 }];
    points.sort();
    println!("{points:?}");
}
