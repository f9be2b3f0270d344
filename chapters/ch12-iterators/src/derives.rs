//! Derive macros against `@dataclass`: what each derive writes, ordering by field order,
//! immutability per binding against `frozen=True`, serde against `json`, and a redacted `Debug`.
//! Twin: python_equivalents/ch12_iterators/derives.py
use std::collections::HashSet;
use std::fmt;
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use textbook_report::{Report, rejected};

#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// The lecture's `Student`: the derived order compares `name` first, then `grade`, the order
/// the fields are declared in (as `@dataclass(order=True)` compares its fields as a tuple).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
pub struct Student {
    pub name: String,
    pub grade: i32,
}

pub fn student(name: &str, grade: i32) -> Student {
    Student {
        name: name.into(),
        grade,
    }
}

pub fn sorted_students() -> Vec<Student> {
    let mut students = vec![
        student("Bob", 85),
        student("Alice", 90),
        student("Alice", 70),
    ];
    students.sort();
    students
}

/// Nothing in the type says "frozen": a `let mut` binding may change any field.
pub fn regraded(mut s: Student) -> Student {
    s.grade += 5;
    s
}

/// Derived `Clone` clones each field with that field's own `Clone`: for an `Rc` that is one
/// more pointer to the same value, not a deep copy.
#[derive(Debug, Clone)]
pub struct Shared {
    pub names: Rc<Vec<String>>,
}

pub fn clone_shares_rc() -> bool {
    let first = Shared {
        names: Rc::new(vec!["Ada".into()]),
    };
    let second = first.clone();
    Rc::ptr_eq(&first.names, &second.names)
}

pub fn distinct_students() -> usize {
    let set: HashSet<Student> = [student("Ada", 1), student("Ada", 1), student("Bo", 2)]
        .into_iter()
        .collect();
    set.len()
}

/// The lecture's exercise: `Debug` written by hand so that the hash never prints.
#[derive(Clone, PartialEq)]
pub struct User {
    pub name: String,
    pub email: String,
    pub password_hash: String,
}

impl fmt::Debug for User {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The hash never reaches the formatter: a placeholder is shown in its place.
        let mut shown = out.debug_struct("User");
        shown.field("name", &self.name);
        shown.field("email", &self.email);
        shown.field("password_hash", &"***");
        shown.finish()
    }
}

pub fn alice() -> User {
    User {
        name: "Alice".into(),
        email: "alice@example.com".into(),
        password_hash: "a1b2c3d4e5f6".into(),
    }
}

pub fn demo(report: &Report) {
    report.say("What the derives wrote, used:");
    let p = Point { x: 1.0, y: 2.5 };
    report.contrast(
        "Debug of a Point",
        format!("{p:?}"),
        "derive/dataclass-generates",
    );
    report.result("clone == original", p.clone() == p);
    report.result("default Student", format!("{:?}", Student::default().grade));
    report.result("distinct in a set", distinct_students());
    report.say("\nOrdering by field order, name first:");
    let order: Vec<String> = sorted_students()
        .iter()
        .map(|s| format!("{} {}", s.name, s.grade))
        .collect();
    report.result("sorted", order.join(", "));
    report.say("\nImmutable per binding, not per type:");
    report.contrast(
        "regraded through let mut",
        regraded(student("Ada", 80)).grade,
        "derive/frozen-immutable-by-default",
    );
    report.say("\nClone clones each field its own way:");
    report.result("Rc field shared after clone", clone_shares_rc());
    report.say("\nOrd derived without Eq is refused:");
    report.contrast(
        "derive(PartialOrd, Ord) alone",
        rejected(include_str!("../tests/ui/derive/ord-without-eq.stderr")),
        "derive/total-ordering",
    );
    report.say("\nserde's derives against json.dumps and json.loads:");
    let json = serde_json::to_string(&student("Ada", 90)).unwrap_or_default();
    report.result("to JSON", &json);
    let back: Option<Student> = serde_json::from_str(&json).ok();
    report.result("round trip equal", back == Some(student("Ada", 90)));
    report.say("\nThe exercise: a Debug that redacts the password hash:");
    report.contrast(
        "redacted Debug",
        format!("{:?}", alice()),
        "exercise/redacted-debug",
    );
}
