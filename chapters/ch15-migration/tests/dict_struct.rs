//! Dictionary → struct. Ledger: `dict-struct/*`.
use chapter_15::dict_struct::{User, alice, as_json, from_json};

#[test]
fn a_user_struct_is_read_by_field_name_as_the_dict_is_by_key() {
    // The lecture's block builds and reads its `User` in a function body (a fragment otherwise);
    // `alice()` builds the same record there.
    let user: User = alice();
    assert_eq!(user.name, "Alice");
    assert_eq!((user.age, user.active), (30, true));
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
