// Reproduces the program of "Exercise: Spot the Borrow Checker Error" (line 317 of
// ../shared/course/ch07-ownership-and-borrowing.md), which the lecture says has three errors.
// Faithful because it keeps exactly the lecture's constructs: a `&names[0]` held across a `push`
// and used after it, and `names[0]` passed by value to a `make_greeting` that takes a `String`.
// Nothing else could fail, so every error rustc counts comes from those two.
fn make_greeting(name: String) -> String {
    let mut greeting = String::from("Hello, ");
    greeting.push_str(&name);
    greeting + "!"
}

fn main() {
    let mut names: Vec<String> = ["Alice", "Bob"].map(String::from).to_vec();
    let first = &names[0];
    names.push(String::from("Charlie"));
    println!("First: {first}");
    println!("{}", make_greeting(names[0]));
}
