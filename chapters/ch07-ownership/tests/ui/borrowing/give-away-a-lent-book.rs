// Giving the book away while someone is still reading it: moving out of a borrowed value.
#[derive(Debug)]
struct Book {
    title: String,
}

fn give_away(book: Book) -> String {
    book.title
}

fn main() {
    let book = Book { title: String::from("Dune") };
    let reader = &book;
    let gift = give_away(book);
    println!("{reader:?} {gift}");
}
