// Python's `for card in deck` calls `deck.__iter__()`; Rust's `for` calls
// `IntoIterator::into_iter`, and a struct without that trait cannot be looped over
// (ledger: dunder/iter).
struct Deck {
    cards: Vec<String>,
}

fn main() {
    let deck = Deck {
        cards: vec!["ace".to_string()],
    };
    for card in deck {
        println!("{card}");
    }
}
