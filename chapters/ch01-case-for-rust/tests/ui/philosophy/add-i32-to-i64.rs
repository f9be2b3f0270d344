// Python has one int type. Rust has several widths, and does not widen one to meet the other:
// the programmer writes the conversion (`i64::from(count)`).
fn main() {
    let count: i32 = 1;
    let total: i64 = 2;
    let sum = count + total;
    println!("{sum}");
}
