// The arms of an `if` used as a value must have one type. Python's `"hot" if t > 100 else 0`
// is fine: the variable simply holds a str or an int.
fn main() {
    let temperature = 42;
    let status = if temperature > 100 { "hot" } else { 0 };
    println!("{status}");
}
