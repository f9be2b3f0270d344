// The exercise program of "Exercise: Spot the Borrow Checker Error" (line 317 of
// ../shared/course/ch07-ownership-and-borrowing.md) with the lecture's fix 3 and not fix 2:
// `make_greeting` now borrows a `&str`, but the call still passes `names[0]`, a `String`. Fixes 2
// and 3 are two halves of one repair of one error (E0507): either half alone is a type error.
fn make_greeting(name: &str) -> String {
    let mut greeting = String::from("Hello, ");
    greeting.push_str(name);
    greeting + "!"
}

fn main() {
    let mut names: Vec<String> = ["Alice", "Bob"].map(String::from).to_vec();
    let first = &names[0];
    println!("First: {first}");
    names.push(String::from("Charlie"));
    println!("{}", make_greeting(names[0]));
}
