//! Mocking a dependency: the lecture's `Database` trait and `fetch_user_name`, with a
//! hand-written mock that records its calls (what mockall's `#[automock]` generates, in small).
//! Twin: python_equivalents/ch14_unsafe_ffi/mock_database.py
use std::cell::RefCell;

use textbook_report::Report;

/// The lecture uses `User` without defining it; this is the smallest type its code needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub name: String,
}

pub trait Database {
    fn get_user(&self, id: i64) -> Option<User>;
}

pub fn fetch_user_name(db: &dyn Database, id: i64) -> Option<String> {
    db.get_user(id).map(|u| u.name)
}

/// A mock: answers with `reply` and remembers every id it was asked for.
#[derive(Debug, Default)]
pub struct MockDatabase {
    pub reply: Option<User>,
    pub calls: RefCell<Vec<i64>>,
}

impl Database for MockDatabase {
    fn get_user(&self, id: i64) -> Option<User> {
        self.calls.borrow_mut().push(id);
        self.reply.clone()
    }
}

pub fn demo(report: &Report) {
    let mock = MockDatabase {
        reply: Some(User {
            name: "Alice".into(),
        }),
        ..MockDatabase::default()
    };
    report.say("fetch_user_name against a mock database:");
    report.result(
        "fetch_user_name(mock, 1)",
        format!("{:?}", fetch_user_name(&mock, 1)),
    );
    report.result("calls", format!("{:?}", mock.calls.borrow()));
}
