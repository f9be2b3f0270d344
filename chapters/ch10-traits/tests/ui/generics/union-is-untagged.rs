// Rust does have `union`, but it is C's untagged kind: nothing records which field was written,
// so reading one is `unsafe`. Python's Union[int, str] is a tagged choice: an enum.
union IntOrFloat {
    int: i64,
    float: f64,
}

fn main() {
    let value = IntOrFloat { int: 1 };
    println!("{}", value.float);
}
