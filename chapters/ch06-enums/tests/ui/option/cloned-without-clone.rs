// The lecture's `find_user` with `User` declared as a plain struct: `.cloned()` copies the
// `&User` the map lends out, which needs `User: Clone` (E0277).
use std::collections::HashMap;

struct User {
    name: String,
}

fn find_user(user_id: i64) -> Option<User> {
    let users = HashMap::from([(1, User { name: "Alice".into() })]);
    users.get(&user_id).cloned()
}

fn main() {
    if let Some(user) = find_user(1) {
        println!("{}", user.name);
    }
}
