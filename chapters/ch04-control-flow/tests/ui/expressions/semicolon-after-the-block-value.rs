// The lecture's block with a semicolon after its last expression: `x + y;` is now a statement,
// the block has no tail, and its value is `()`, not the 15 the annotation asks for.
fn main() {
    let value: i32 = {
        let x = 5;
        let y = 10;
        x + y;
    };
    println!("{value}");
}
