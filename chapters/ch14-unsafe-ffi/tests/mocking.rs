//! Mocking through a trait. Ledger: `mock/fetch-user`.
use chapter_14::mocking::{MockDatabase, User, fetch_user_name};

#[test]
fn fetch_user_name_asks_the_database_once_for_id_1() {
    let mock = MockDatabase {
        reply: Some(User {
            name: "Alice".into(),
        }),
        ..MockDatabase::default()
    };
    assert_eq!(fetch_user_name(&mock, 1), Some("Alice".to_string()));
    assert_eq!(*mock.calls.borrow(), [1]);
}

#[test]
fn a_missing_user_is_none() {
    let mock = MockDatabase::default();
    assert_eq!(fetch_user_name(&mock, 7), None);
}
