// The lecture's three truthiness tests, uncommented: an integer, a list and a string as `if`
// conditions. Python reads each as true or false; rustc wants a `bool` and says what it found.
fn main() {
    let x = 42;
    if x {}

    let items: Vec<i32> = vec![];
    if items {}

    let name = "";
    if name {}

    // A literal is no different: `if 5` reads as true in Python, as a type error here.
    if 5 {}
}
