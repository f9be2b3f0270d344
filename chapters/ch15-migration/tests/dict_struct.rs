//! Dictionary → struct. Ledger: `dict-struct/*`.
use chapter_15::dict_struct::{User, alice, as_json, from_json};

#[test]
fn the_lectures_struct_reads_its_field_by_name() {
    // The lecture's block, its `let` and `println!` inside a function (a fragment otherwise).
    let user = User {
        name: "Alice".into(),
        age: 30,
        email: "alice@example.com".into(),
        active: true,
    };
    assert_eq!(user.name, "Alice");
    assert_eq!(user, alice());
}

#[test]
fn serde_writes_the_fields_in_the_order_the_dict_holds_its_keys() {
    let text = as_json(&alice());
    assert_eq!(
        text,
        r#"{"name":"Alice","age":30,"email":"alice@example.com","active":true}"#
    );
    assert_eq!(from_json(&text).unwrap(), alice());
}

#[test]
fn a_record_missing_a_field_is_refused_when_it_is_read() {
    let error = from_json(r#"{"name":"Bob","age":4,"active":false}"#).unwrap_err();
    assert!(
        error.to_string().contains("missing field `email`"),
        "{error}"
    );
}
