// Python's `data[-1]`. Rust indexes with `usize`, which has no negative values: the last item
// is `data[data.len() - 1]` or `data.last()` (ledger: arrays/no-negative-index).
fn main() {
    let data = [10, 20, 30, 40, 50];
    println!("{}", data[-1]);
}
