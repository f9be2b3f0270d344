// Elision ties `first_word`'s result to its one input: the word may not outlive the sentence.
fn first_word(s: &str) -> &str {
    s.split_whitespace().next().unwrap_or("")
}

fn main() {
    let word;
    {
        let sentence = String::from("hello world");
        word = first_word(&sentence);
    }
    println!("{word}");
}
