// `let ... else` binds on success; its `else` block must leave (return, break, continue, panic):
// falling through would leave `user` unbound (E0308: expected `!`).
fn find_name(user_id: i64) -> Option<String> {
    (user_id == 1).then(|| "Alice".to_string())
}

fn greeting(user_id: i64) -> String {
    let Some(name) = find_name(user_id) else {
        println!("no user {user_id}");
    };
    format!("Hello, {name}")
}

fn main() {
    println!("{}", greeting(1));
}
