// Why struct fields are `String`: a borrowed field needs a lifetime the struct must declare.
struct User {
    name: &str,
}

fn main() {
    let user = User { name: "Alice" };
    println!("{}", user.name);
}
