// The lecture's Dictionary → Struct block as printed: the struct is an item, but its `let` and
// `println!` stand outside any function.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct User {
    name: String,
    age: i32,
    email: String,
    active: bool,
}

let user = User {
    name: "Alice".into(),
    age: 30,
    email: "alice@example.com".into(),
    active: true,
};
println!("{}", user.name);

fn main() {}
