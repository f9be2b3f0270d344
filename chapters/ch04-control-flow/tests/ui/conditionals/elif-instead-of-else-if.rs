// `elif` is not a keyword in Rust: the chain is spelled `else if`.
fn main() {
    let temperature = -5;
    if temperature > 100 {
        println!("Too hot!");
    } elif temperature < 0 {
        println!("Too cold!");
    }
}
