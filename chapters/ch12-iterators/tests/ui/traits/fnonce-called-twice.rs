// The closure gives its captured String away, so it is only FnOnce: a second call is refused.
fn main() {
    let name = String::from("Ferris");
    let give = move || name;
    println!("{}", give());
    println!("{}", give());
}
