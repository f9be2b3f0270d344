// Reproduces the thiserror block of "Rust Custom Errors with thiserror" (line 239 of
// ../shared/course/ch09-error-handling.md): `AppError` is whole, but `find_user` and `load_users`
// use a `User` type, a `users` map and the `fs` module that the block never defines or imports.
// Faithful because those three names are used as the lecture uses them and left undefined;
// `AppError` keeps the variants they build and convert into.
#[derive(Debug, thiserror::Error)]
enum AppError {
    #[error("{entity} with id {id} not found")]
    NotFound { entity: &'static str, id: i64 },
    #[error("IO error: {0}")]
    Io(#[from] std::io::Error),
    #[error("JSON error: {0}")]
    Json(#[from] serde_json::Error),
}

fn find_user(user_id: i64) -> Result<User, AppError> {
    match users.get(&user_id) {
        Some(user) => Ok(user.clone()),
        None => Err(AppError::NotFound { entity: "User", id: user_id }),
    }
}

fn load_users(path: &str) -> Result<Vec<User>, AppError> {
    Ok(serde_json::from_str(&fs::read_to_string(path)?)?)
}

fn main() {
    drop((find_user(1), load_users("users.json")));
}
