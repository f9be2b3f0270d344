// Copy only for simple types: a struct holding a String cannot derive it.
#[derive(Clone, Copy)]
struct Student {
    name: String,
    grade: i32,
}

fn main() {}
