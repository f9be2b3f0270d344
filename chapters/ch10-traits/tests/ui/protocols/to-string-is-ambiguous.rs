// The lecture's `Printable::to_string` shares its name with std's `ToString::to_string`, which
// every Display type has: once User is Display too, `user.to_string()` names two methods.
use std::fmt;

trait Printable {
    fn to_string(&self) -> String;
}

struct User {
    name: String,
}

impl Printable for User {
    fn to_string(&self) -> String {
        format!("User({})", self.name)
    }
}

impl fmt::Display for User {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.name)
    }
}

fn main() {
    let user = User { name: "Alice".into() };
    println!("{}", user.to_string());
}
