// A parse can fail, and the failure is in the return type: `Result<i32, ParseIntError>`.
// Dropping that Result unread is the `unused_must_use` lint: a warning by default, an error
// where the crate (or CI, with `-D warnings`) denies it, as here.
#![deny(unused_must_use)]

fn main() {
    "oops".parse::<i32>();
}
