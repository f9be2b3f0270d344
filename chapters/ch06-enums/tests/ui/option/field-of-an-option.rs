// The mistake the lecture's "Rust Option" block (line 237 of
// ../shared/course/ch06-enums-and-pattern-matching.md) says rustc prevents: reading `user.name`
// from `find_user(999)` as Python's block reads `user["name"]`. `find_user` returns the lecture's
// `Option<User>` from a body of our own; the only use of the result is the field access.
struct User {
    name: String,
}

fn find_user(user_id: i64) -> Option<User> {
    (user_id == 1).then(|| User {
        name: String::from("Alice"),
    })
}

fn main() {
    let user = find_user(999);
    println!("{}", user.name);
}
