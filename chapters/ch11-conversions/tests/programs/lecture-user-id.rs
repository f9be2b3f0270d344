// The lecture's UserId block as printed; its two calls are printed by `main`.
#[derive(Debug)]
struct UserId(i64);

impl From<i64> for UserId {
    fn from(id: i64) -> Self {
        UserId(id)
    }
}

// Now functions can accept anything convertible to UserId:
fn find_user(id: impl Into<UserId>) -> Option<String> {
    let user_id = id.into();
    // ... lookup logic
    Some(format!("User #{:?}", user_id))
}

fn main() {
    println!("{:?}", find_user(42i64));              // ✅ i64 auto-converts to UserId
    println!("{:?}", find_user(UserId(42)));         // ✅ UserId stays as-is
}
