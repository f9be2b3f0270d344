// Habit 9: a state added to the enum and forgotten in one `match` is a compile error.
enum Connection {
    Closed,
    Connecting,
    Open,
}

fn describe(state: Connection) -> &'static str {
    match state {
        Connection::Closed => "closed",
        Connection::Open => "open",
    }
}

fn main() {
    println!("{}", describe(Connection::Connecting));
}
