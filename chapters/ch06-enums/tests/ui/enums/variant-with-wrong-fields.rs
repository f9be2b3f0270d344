// Python's tagged `Message(kind, **data)` takes any kind and any fields. The Rust enum knows
// each variant's fields: a misspelt variant (E0599) and a missing field (E0063) are refused.
enum Message {
    Text(String),
    Image { url: String, width: u32, height: u32 },
    Quit,
    Move { x: i32, y: i32 },
}

fn main() {
    let typo = Message::Txt(String::from("hello"));
    let half = Message::Move { x: 1 };
    let _ = (typo, half);
    let _ = (Message::Text(String::new()), Message::Quit);
    let _ = Message::Image { url: String::new(), width: 1, height: 1 };
}
