// Types are required where a function or a constant meets the rest of the program.
fn add(a, b) -> i32 {
    a + b
}

const MAX = 5;

fn main() {
    println!("{} {MAX}", add(1, 2));
}
