//! Chapter 1, solution of exercise `user_input`: decode `UserInput` safely and report a bad payload
//! (ledger: `exercise/user-input`).
//!
//! Python's `json.loads` returns whatever the payload holds, and a wrong type slips through:
//!
//! ```python
//! import json
//!
//! def process_user(user_id: int, name: str) -> dict[str, object]:
//!     return {"id": user_id, "name": name.upper()}
//!
//! data = json.loads('{"id": "oops", "name": "Alice"}')
//! print(process_user(data["id"], data["name"]))  # {'id': 'oops', 'name': 'ALICE'}
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/user_input.rs`. Once yours passes,
//! `cargo xtask exercise 1 solution user_input` shows this file.

use serde::Deserialize;

#[derive(Debug, PartialEq)]
struct User {
    id: i64,
    name: String,
}

fn process_user(user_id: i64, name: &str) -> User {
    User {
        id: user_id,
        name: name.to_uppercase(),
    }
}

// Solved. A `serde_json::Value` can hold anything, so it is not an `i64` (E0308): the compiler
// makes you decide what the payload must be. Decoding into a typed struct checks every field at
// the border, and serde's error says what it found, what it expected and where (line and column);
// only a missing field is named.
#[derive(Debug, Deserialize)]
struct UserInput {
    id: i64,
    name: String,
}

fn load_user(payload: &str) -> Result<User, String> {
    let input: UserInput =
        serde_json::from_str(payload).map_err(|e| format!("bad payload: {e}"))?;
    Ok(process_user(input.id, &input.name))
}

fn main() {
    for payload in [
        r#"{"id": 7, "name": "Alice"}"#,
        r#"{"id": "oops", "name": "Alice"}"#,
    ] {
        match load_user(payload) {
            Ok(user) => println!("{payload} -> {user:?}"),
            Err(why) => println!("{payload} -> rejected: {why}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_valid_payload_gives_a_user() {
        let user = load_user(r#"{"id": 7, "name": "Alice"}"#);
        assert_eq!(
            user,
            Ok(User {
                id: 7,
                name: "ALICE".into()
            })
        );
    }

    #[test]
    fn a_string_id_is_reported_with_the_type_expected() {
        let why = load_user(r#"{"id": "oops", "name": "Alice"}"#).unwrap_err();
        assert!(
            why.contains(r#"invalid type: string "oops", expected i64 at line 1 column 13"#),
            "{why}"
        );
    }

    #[test]
    fn a_missing_name_is_reported() {
        let why = load_user(r#"{"id": 7}"#).unwrap_err();
        assert!(why.contains("missing field `name`"), "{why}");
    }

    #[test]
    fn malformed_json_is_reported() {
        let why = load_user(r#"{"id": 7,"#).unwrap_err();
        assert!(why.contains("EOF"), "{why}");
    }
}
