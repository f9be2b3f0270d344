// Replacing the book on the shelf while a reader still holds it: assigning to a borrowed value.
#[derive(Debug)]
struct Book {
    title: String,
}

fn main() {
    let mut book = Book { title: String::from("Dune") };
    let reader = &book;
    book = Book { title: String::from("Emma") };
    println!("{reader:?} {book:?}");
}
