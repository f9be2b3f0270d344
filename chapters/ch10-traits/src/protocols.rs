//! Protocols (PEP 544) vs traits: `Printable`, `User`, `Product`, `print_all`, and the rows of the
//! lecture's comparison table that code can show. Twin: python_equivalents/ch10_traits/protocols.py
use std::fmt::Write;

use textbook_report::{Report, rejected};

pub trait Printable {
    fn to_string(&self) -> String;

    /// A default method: every implementor gets it without writing it.
    fn framed(&self) -> String {
        format!("[{}]", self.to_string())
    }
}

#[derive(Debug)]
pub struct User {
    pub name: String,
}

#[derive(Debug)]
pub struct Product {
    pub name: String,
    pub price: f64,
}

impl Printable for User {
    fn to_string(&self) -> String {
        let User { name } = self;
        format!("User({name})")
    }
}

impl Printable for Product {
    fn to_string(&self) -> String {
        let Product { name, price } = self;
        format!("Product({name}, ${price:.2})")
    }
}

/// A local trait on a foreign type: allowed (the orphan rule forbids only a foreign trait on a
/// foreign type).
impl Printable for i32 {
    fn to_string(&self) -> String {
        format!("i32({self})")
    }
}

/// What `print_all` prints, one line per item (returned so tests can read it).
pub fn print_all(items: &[&dyn Printable]) -> String {
    let mut out = String::new();
    for item in items {
        let _ = writeln!(out, "{}", item.to_string());
    }
    out
}

/// Two contracts at once: `T: Printable + Clone`.
pub fn print_twice<T: Printable + Clone>(item: &T) -> String {
    let copy = item.clone();
    format!("{} {}", item.to_string(), copy.to_string())
}

pub fn lecture_items() -> (User, Product) {
    (
        User {
            name: "Alice".into(),
        },
        Product {
            name: "Widget".into(),
            price: 9.99,
        },
    )
}

pub fn demo(report: &Report) {
    let (user, product) = lecture_items();
    report.say("print_all(User(\"Alice\"), Product(\"Widget\", 9.99)), one result per line:");
    report.result(
        "print_all",
        print_all(&[&user, &product])
            .trim_end()
            .replace('\n', " | "),
    );
    report.say("\nprint_all([42]): mypy warns and Python crashes; rustc refuses:");
    report.contrast(
        "print_all_42",
        rejected(include_str!(
            "../tests/ui/protocols/i32-is-not-printable.stderr"
        )),
        "protocols/rust-refuses-42",
    );
    report.say("\nA default method, inherited by an implementor (a Protocol's is too):");
    report.result("default_method", user.framed());
    report.say("\nThe trait added to a foreign type (i32) by this crate:");
    report.contrast(
        "foreign_type",
        Printable::to_string(&42),
        "table/foreign-types",
    );
    report.say("\nA foreign trait on a foreign type (Display for Vec<i32>) is refused:");
    report.extra(
        "orphan_rule",
        rejected(include_str!("../tests/ui/protocols/orphan-rule.stderr")),
        "table/foreign-types",
        None,
    );
    report.say("\nA trait method named `to_string` on a type that is also Display:");
    report.extra(
        "to_string_twice",
        rejected(include_str!(
            "../tests/ui/protocols/to-string-is-ambiguous.stderr"
        )),
        "protocols/to-string-collides",
        None,
    );
}
