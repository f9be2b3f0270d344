// A list that contains a list directly would be infinitely large; `Box<List>` gives it a size.
enum List {
    Cons(i32, List),
    Nil,
}

fn main() {}
