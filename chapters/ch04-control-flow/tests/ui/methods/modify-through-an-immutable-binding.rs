// A `&mut self` method needs a mutable place to borrow from: the binding must be `let mut`.
// In Python any method may change the object, whatever name it was reached through.
struct MyStruct {
    count: u32,
}

impl MyStruct {
    fn new() -> Self {
        MyStruct { count: 0 }
    }

    fn modify(&mut self) {
        self.count += 1;
    }
}

fn main() {
    let thing = MyStruct::new();
    thing.modify();
    println!("{}", thing.count);
}
