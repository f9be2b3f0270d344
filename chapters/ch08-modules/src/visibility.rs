//! Visibility: private by default, enforced by the compiler. `user` holds the lecture's `User`;
//! this file's `demo` is outside that module, so it sees only what `user` marks `pub`.
//! Twin: python_equivalents/ch08_modules/private_by_default.py.

use textbook_report::{Report, rejected};

pub mod user {
    #[derive(Debug)]
    pub struct User {
        pub name: String,
        age: i32,
    }

    impl User {
        pub fn new(name: &str, age: i32) -> User {
            Self {
                name: String::from(name),
                age,
            }
        }

        pub fn age(&self) -> i32 {
            self.age
        }

        /// Not in the lecture: a public constructor that uses the private `validate`, which the
        /// lecture's block never calls (rustc warns that it is never used).
        pub fn checked(name: &str, age: i32) -> Option<Self> {
            let user = User::new(name, age);
            user.validate().then_some(user)
        }

        fn validate(&self) -> bool {
            self.age > 0
        }
    }

    /// A child module sees its ancestors' private items: `tests` reads `age` directly.
    #[cfg(test)]
    mod tests {
        #[test]
        fn a_child_module_reads_the_private_field_and_method() {
            let user = super::User::new("Alice", 30);
            assert_eq!(user.age, 30);
            assert!(user.validate());
        }
    }
}

pub fn demo(report: &Report) {
    let alice = user::User::new("Alice", 30);
    report.say("From outside the module, through what it makes public:");
    report.result("name", &alice.name);
    report.result("age_getter", alice.age());
    report.result(
        "checked_negative_age",
        user::User::checked("Bob", -1).is_some(),
    );
    report.say("\nThe private field and the private method, from outside the module:");
    report.contrast(
        "age_field_from_outside",
        rejected(include_str!(
            "../tests/ui/visibility/private-field-read.stderr"
        )),
        "visibility/private-field-error",
    );
    report.contrast(
        "validate_from_outside",
        rejected(include_str!(
            "../tests/ui/visibility/private-method-call.stderr"
        )),
        "visibility/private-method-error",
    );
}
