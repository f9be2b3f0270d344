// i32 converts into i64 and i64 into UserId, but `impl Into<UserId>` takes one step only.
#[derive(Debug)]
struct UserId(i64);

impl From<i64> for UserId {
    fn from(raw: i64) -> UserId {
        UserId(raw)
    }
}

fn find_user(id: impl Into<UserId>) -> Option<String> {
    let user_id = id.into();
    Some(format!("User #{:?}", user_id))
}

fn main() {
    println!("{:?}", find_user(42i32));
}
