// Two borrowed inputs and a borrowed output: the elision rules cannot say which input the result
// borrows from. The body is never consulted: `first_of` always returns `a`, and is refused too.
fn longest(a: &str, b: &str) -> &str {
    if a.len() > b.len() { a } else { b }
}

fn first_of(a: &str, b: &str) -> &str {
    a
}

fn main() {
    println!("{} {}", longest("ab", "abc"), first_of("x", "y"));
}
