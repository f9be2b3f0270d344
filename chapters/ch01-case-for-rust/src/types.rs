//! Section 1, runtime type errors. In Python a wrong argument travels until something trips over
//! it; in Rust the call does not compile, and data from outside (JSON) is checked once, at the
//! border, by deserialising it into a typed struct.

use serde::{Deserialize, Serialize};

use textbook_report::{Report, rejected};

/// What `process_user` returns: the Rust counterpart of the Python `dict`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct User {
    pub id: i64,
    pub name: String,
}

/// The lecture's example: the types in the signature are the contract, enforced at every call.
pub fn process_user(user_id: i64, name: &str) -> User {
    User {
        id: user_id,
        name: name.to_uppercase(),
    }
}

/// The shape a JSON payload must have; serde checks it field by field.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct UserInput {
    pub id: i64,
    pub name: String,
}

/// Parses a payload and processes it: a wrong type or a missing field is an `Err`, never a
/// half-valid `User`.
pub fn process_json(payload: &str) -> Result<User, serde_json::Error> {
    let input: UserInput = serde_json::from_str(payload)?;
    Ok(process_user(input.id, &input.name))
}

/// The same payloads the Python twin feeds to `json.loads`.
pub const VALID_PAYLOAD: &str = r#"{"id": 7, "name": "bob"}"#;
pub const STRING_ID_PAYLOAD: &str = r#"{"id": "7", "name": "bob"}"#;
/// The lecture's payload, exactly: a string id and no name at all.
pub const LECTURE_PAYLOAD: &str = r#"{"id": "oops"}"#;

fn as_json(user: &User) -> String {
    serde_json::to_string(user).unwrap_or_else(|e| format!("<unserialisable: {e}>"))
}

fn outcome(result: Result<User, serde_json::Error>) -> String {
    match result {
        Ok(user) => as_json(&user),
        Err(e) => format!("Err: {e}"),
    }
}

pub fn demo(report: &Report) {
    report.say("A well-typed call works the same in both languages:");
    report.result("valid_call", as_json(&process_user(42, "alice")));

    report.say(
        "\nThe calls Python accepts and Rust refuses (rustc's own words, from tests/ui/types/):",
    );
    report.contrast(
        "wrong_types",
        rejected(include_str!(
            "../tests/ui/types/wrong-argument-types.stderr"
        )),
        "types/rust-wrong-types",
    );
    report.contrast(
        "none_id",
        rejected(include_str!("../tests/ui/types/none-for-i64.stderr")),
        "types/rust-none-for-i64",
    );
    report.contrast(
        "extra_argument",
        rejected(include_str!("../tests/ui/types/extra-argument.stderr")),
        "types/rust-extra-argument",
    );

    report.say("\nJSON from outside is checked once, at the border, by serde:");
    report.result("json_valid", outcome(process_json(VALID_PAYLOAD)));
    report.contrast(
        "json_string_id",
        outcome(process_json(STRING_ID_PAYLOAD)),
        "types/serde-typed-json",
    );
    report.contrast(
        "lecture_payload",
        outcome(process_json(LECTURE_PAYLOAD)),
        "types/serde-typed-json",
    );
}
