//! Chapter 11, solution of exercise `user_id_from_i32` (ledger: `exercise/user-id-from-i32`).
//!
//! The lecture's `find_user` takes `impl Into<UserId>`. A caller has an i32 (a row number from
//! a CSV file). In Python any int would do:
//!
//! ```python
//! def find_user(user_id: int | UserId) -> str | None: ...
//! ```

#[derive(Debug, PartialEq)]
struct UserId(i64);

impl From<i64> for UserId {
    fn from(raw: i64) -> UserId {
        UserId(raw)
    }
}

// Solved: one more From impl; it widens with `i64::from`, which cannot fail.
impl From<i32> for UserId {
    fn from(id: i32) -> Self {
        UserId(i64::from(id))
    }
}

fn find_user(id: impl Into<UserId>) -> Option<String> {
    let user_id = id.into();
    Some(format!("User #{:?}", user_id))
}

fn lookup_row(row: i32) -> Option<String> {
    find_user(row)
}

fn main() {
    println!("{:?}", lookup_row(7));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_i32_row_finds_the_same_user_as_an_i64() {
        assert_eq!(lookup_row(7), find_user(7i64));
        assert_eq!(lookup_row(-1).as_deref(), Some("User #UserId(-1)"));
    }
}
