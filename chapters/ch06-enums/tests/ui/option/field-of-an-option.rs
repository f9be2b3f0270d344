// `find_user` may find nobody: its `Option<User>` has no field `name` until the `None` case is
// handled.
use std::collections::HashMap;

#[derive(Clone)]
struct User {
    name: String,
}

fn find_user(user_id: i64) -> Option<User> {
    let users = HashMap::from([(1, User { name: "Alice".into() })]);
    users.get(&user_id).cloned()
}

fn main() {
    let user = find_user(999);
    println!("{}", user.name);
}
