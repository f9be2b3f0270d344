// A Vec<T> holds values of one type: an Article and a Tweet in one list need `Box<dyn Summary>`
// (dynamic dispatch); a generic cannot stand for two types at once.
trait Summary {
    fn summarize(&self) -> String;
}

struct Article;
struct Tweet;

impl Summary for Article {
    fn summarize(&self) -> String {
        "article".into()
    }
}

impl Summary for Tweet {
    fn summarize(&self) -> String {
        "tweet".into()
    }
}

fn main() {
    let feed = vec![Article, Tweet];
    for item in &feed {
        println!("{}", item.summarize());
    }
}
