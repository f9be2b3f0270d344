// "Within limits": a trait from std on a type from std is another crate's business (the orphan
// rule); a local trait on i32, or std's trait on a local type, is allowed.
use std::fmt;

impl fmt::Display for Vec<i32> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} items", self.len())
    }
}

fn main() {}
