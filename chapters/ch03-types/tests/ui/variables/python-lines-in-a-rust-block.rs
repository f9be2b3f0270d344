// The "Key Mental Shift" block puts its Python comparison inside the Rust code, commented the
// Python way. In Rust a line starting with `#` begins an attribute, so the block stops there.
fn main() {
    let input = "42";
    let input = input.parse::<i32>().unwrap();
    let input = input * 2;
    println!("{input}");
# input = "42"
# input = int(input)
}
