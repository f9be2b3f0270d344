// serde derives (de)serialisation, but std has no derive for Display: it is written by hand.
#[derive(Debug, Display)]
enum Priority {
    Low,
}

fn main() {
    println!("{}", Priority::Low);
}
