// `'a` is the part of time when *both* inputs are alive: the result of `longest` may not be used
// after the shorter-lived input is gone, even when it is the other, longer-lived string.
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() > b.len() { a } else { b }
}

fn main() {
    let title = String::from("The Rust Programming Language");
    let result;
    {
        let edition = String::from("2024");
        result = longest(&title, &edition);
    }
    println!("{result}");
}
