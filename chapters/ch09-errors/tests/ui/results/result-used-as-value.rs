// A Result is not the value inside it: to get the number, the Err case must be dealt with.
fn main() {
    let port: u16 = "8080".parse::<u16>();
    println!("{port}");
}
