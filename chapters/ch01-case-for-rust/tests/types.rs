//! Section 1: JSON from outside is checked at the border. Ledger: `types/serde-typed-json`.
use chapter_01::types::{
    LECTURE_PAYLOAD, STRING_ID_PAYLOAD, User, UserInput, VALID_PAYLOAD, process_json,
};

#[test]
fn valid_json_is_ok() {
    let user = process_json(VALID_PAYLOAD).expect("a well-formed payload parses");
    assert_eq!(
        user,
        User {
            id: 7,
            name: "BOB".into()
        }
    );
}

#[test]
fn string_id_is_an_error_naming_the_expected_type() {
    let err = serde_json::from_str::<UserInput>(STRING_ID_PAYLOAD).unwrap_err();
    let message = err.to_string();
    assert!(err.is_data(), "{message}");
    // What was found, what was expected, and where: the position, not the field's name.
    assert_eq!(
        message,
        r#"invalid type: string "7", expected i64 at line 1 column 10"#
    );
    assert_eq!((err.line(), err.column()), (1, 10));
}

#[test]
fn missing_field_is_an_error() {
    let err = process_json(r#"{"id": 7}"#).unwrap_err();
    assert!(err.to_string().contains("missing field `name`"), "{err}");
}

#[test]
fn lecture_payload_is_rejected_at_its_first_wrong_field() {
    let err = process_json(LECTURE_PAYLOAD).unwrap_err();
    assert!(
        err.to_string()
            .contains(r#"invalid type: string "oops", expected i64"#),
        "{err}"
    );
}
