// The lecture's `color_hex` ("Rust's match — Compiler-Enforced", line 164 of
// ../shared/course/ch06-enums-and-pattern-matching.md), after `Color::Yellow` was added to the enum: the `match` that lists
// the three old colours no longer covers the type (E0004, naming `Color::Yellow`).
enum Color {
    Red,
    Green,
    Blue,
    Yellow,
}

fn color_hex(colour: Color) -> &'static str {
    match colour {
        Color::Red => "#ff0000",
        Color::Green => "#00ff00",
        Color::Blue => "#0000ff",
    }
}

fn main() {
    for colour in [Color::Red, Color::Green, Color::Blue, Color::Yellow] {
        println!("{}", color_hex(colour));
    }
}
