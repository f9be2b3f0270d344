// The lecture's fixes 1 and 2 without fix 3: `&names[0]` is a `&String`, and `make_greeting`
// still wants a `String`. The "third error" appears only now, and it is a type error.
fn main() {
    let mut names = vec!["Alice".to_string(), "Bob".to_string()];
    let first = &names[0];
    println!("First: {first}");
    names.push("Charlie".to_string());

    let greeting = make_greeting(&names[0]);
    println!("{greeting}");
}

fn make_greeting(name: String) -> String {
    format!("Hello, {name}!")
}
