// The exercise program of "Exercise: Spot the Borrow Checker Error" (line 317 of
// ../shared/course/ch07-ownership-and-borrowing.md) with the lecture's fixes 1 and 2 and not
// fix 3: the call lends `&names[0]`, a `&String`, while `make_greeting` still wants a `String`.
// The "third error" appears only now, and it is a type error.
fn make_greeting(name: String) -> String {
    let mut greeting = String::from("Hello, ");
    greeting.push_str(&name);
    greeting + "!"
}

fn main() {
    let mut names: Vec<String> = ["Alice", "Bob"].map(String::from).to_vec();
    let first = &names[0];
    println!("First: {first}");
    names.push(String::from("Charlie"));
    println!("{}", make_greeting(&names[0]));
}
