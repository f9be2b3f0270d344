// A reference to a value that dies when the function returns: Python would keep the string
// alive; Rust refuses to hand out the dangling reference.
fn shout(name: &str) -> &str {
    let loud = name.to_uppercase();
    &loud
}

fn main() {
    println!("{}", shout("alice"));
}
