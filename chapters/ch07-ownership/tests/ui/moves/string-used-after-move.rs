// `let s2 = s1;` moves the String: the lecture's commented-out `println!("{s1}")` is refused.
fn main() {
    let s1 = String::from("hello");
    let s2 = s1;
    println!("{s1}");
    println!("{s2}");
}
