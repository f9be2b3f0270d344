// An `if` used as a value with no `else`: what would `status` be when the condition is false?
// Python's conditional expression cannot leave out `else` either (a SyntaxError).
fn main() {
    let temperature = 42;
    let status = if temperature > 100 { "hot" };
    println!("{status}");
}
