// Written as in Python's `case Red:` (a bare name), each arm is a new variable that matches
// anything, not the variant. rustc refuses it (E0170, a lint denied by default) and says to
// write `Color::Red`.
enum Color {
    Red,
    Green,
    Blue,
}

fn color_hex(c: Color) -> &'static str {
    match c {
        Red => "#ff0000",
        Green => "#00ff00",
        Blue => "#0000ff",
    }
}

fn main() {
    for c in [Color::Red, Color::Green, Color::Blue] {
        println!("{}", color_hex(c));
    }
}
