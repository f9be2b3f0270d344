//! Dictionary → struct. Twin: python_equivalents/ch15_migration/dict_struct.py
use serde::{Deserialize, Serialize};
use textbook_report::Report;

/// The lecture's `User`: its four fields and its derives (`PartialEq` added, for the tests).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct User {
    pub name: String,
    pub age: i32,
    pub email: String,
    pub active: bool,
}

pub fn alice() -> User {
    User {
        name: "Alice".into(),
        age: 30,
        email: "alice@example.com".into(),
        active: true,
    }
}

/// The struct as JSON: the same text Python's dict gives with `json.dumps(user, separators=…)`,
/// because serde writes the fields in declaration order and the dict keeps insertion order.
pub fn as_json(user: &User) -> String {
    serde_json::to_string(user).expect("a User always serializes")
}

/// A JSON object read back into the struct: what a dict with a missing key becomes.
pub fn from_json(text: &str) -> Result<User, serde_json::Error> {
    serde_json::from_str(text)
}

pub fn demo(report: &Report) {
    let user = alice();
    report.say("A struct's field is read by name, as a dict's key is:");
    report.result("user.name", &user.name);
    report.result("as_json", as_json(&user));
    report.say(
        "\nA record missing a field: the struct refuses it when it is read, the dict keeps it:",
    );
    report.contrast(
        "missing_email",
        match from_json(r#"{"name":"Bob","age":4,"active":false}"#) {
            Ok(user) => format!("{user:?}"),
            Err(error) => format!("Err: {error}"),
        },
        "dict-struct/missing-field",
    );
}
