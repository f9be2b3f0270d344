// The lecture's fix 3 without fix 2: `make_greeting` now borrows, but the call still passes
// `names[0]`, a `String`. Fixes 2 and 3 are two halves of one repair of one error (E0507): either
// half alone is a type error.
fn main() {
    let mut names = vec!["Alice".to_string(), "Bob".to_string()];
    let first = &names[0];
    println!("First: {first}");
    names.push("Charlie".to_string());

    let greeting = make_greeting(names[0]);
    println!("{greeting}");
}

fn make_greeting(name: &str) -> String {
    format!("Hello, {name}!")
}
