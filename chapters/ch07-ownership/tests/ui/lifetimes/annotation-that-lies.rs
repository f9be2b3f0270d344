// An annotation is a promise the compiler checks, not a hint it trusts: `pick` says its result
// borrows from `a` ('a) but returns `b`, and is refused.
fn pick<'a, 'b>(a: &'a str, b: &'b str) -> &'a str {
    if a.is_empty() { b } else { a }
}

fn main() {
    println!("{}", pick("", "fallback"));
}
