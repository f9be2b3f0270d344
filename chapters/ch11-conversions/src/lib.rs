//! Chapter 11, *From and Into traits*: the lecture's examples as functions, shared by the tour
//! (`src/main.rs`), the demos (`src/bin/`), the tests and the exercises.

pub mod config_chain;
pub mod from_into;
pub mod string_conversions;
pub mod temperature_library;
pub mod try_from_port;
pub mod user_id;

/// `Ok(v)` shown with Display, an `Err(e)` as `error: e`: how the demos print a conversion that
/// may fail, on both sides (the twins print an exception the same way).
pub fn shown<T: std::fmt::Display, E: std::fmt::Display>(result: Result<T, E>) -> String {
    match result {
        Ok(value) => value.to_string(),
        Err(error) => format!("error: {error}"),
    }
}
