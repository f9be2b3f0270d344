// A `self` method takes the value: after `thing.consume()` the name `thing` holds nothing.
struct MyStruct {
    count: u32,
}

impl MyStruct {
    fn new() -> Self {
        MyStruct { count: 0 }
    }

    fn consume(self) -> String {
        format!("consumed at {}", self.count)
    }
}

fn main() {
    let thing = MyStruct::new();
    let summary = thing.consume();
    println!("{summary}, and still {}", thing.count);
}
