// Habit 3: a `&str` parameter takes a borrowed `String` (`&owned`), not the `String` itself.
fn shout(text: &str) -> String {
    text.to_uppercase()
}

fn main() {
    let owned = String::from("ferris");
    println!("{}", shout(owned));
}
