// `while true` compiles (with a lint asking for `loop`), but the compiler does not treat it as
// endless: falling out of the loop is possible as far as the types go, so a function that must
// return a value is refused. The same body in `loop { ... }` compiles.
fn next_line() -> String {
    "quit".to_string()
}

fn lines_until_quit() -> u32 {
    let mut read = 0;
    while true {
        read += 1;
        if next_line() == "quit" {
            return read;
        }
    }
}

fn main() {
    println!("{}", lines_until_quit());
}
