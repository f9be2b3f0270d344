// A `&self` method that tries to change the counter: the signature promised to only read.
struct Counter {
    value: i64,
}

impl Counter {
    fn get_value(&self) -> i64 {
        self.value += 1;
        self.value
    }
}

fn main() {
    let c = Counter { value: 0 };
    println!("{}", c.get_value());
}
