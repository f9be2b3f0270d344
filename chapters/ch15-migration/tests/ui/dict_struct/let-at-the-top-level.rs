// The Dictionary → Struct block (../shared/course/ch15-migration-patterns.md, line 20) declares
// `User`, then builds one with `let` and prints its name, with no function around those two
// lines. Faithful: an item, then a top-level `let` building it and a `println!` reading it;
// rustc stops at the `let`, as it does in the lecture's block.
#[derive(Debug)]
struct User {
    name: String,
}

let user = User { name: String::from("Alice") };
println!("{}", user.name);

fn main() {}
