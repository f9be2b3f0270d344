// `bool(x)` in Rust: std converts a bool into an integer (`i32::from(true)`), never the other way.
fn main() {
    let count = 3u8;
    let nonzero: bool = count.into();
    println!("{nonzero}");
}
