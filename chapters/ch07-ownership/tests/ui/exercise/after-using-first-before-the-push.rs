// The exercise program of "Exercise: Spot the Borrow Checker Error" (line 317 of
// ../shared/course/ch07-ownership-and-borrowing.md) after the lecture's first fix: `first` is
// used before the `push`, so its borrow has ended. The by-value `names[0]` into a `String`
// parameter is kept as the lecture has it, to show that this second error is left, alone.
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
    println!("{}", make_greeting(names[0]));
}
