// The derive list's "PartialEq, Eq → ==": `==` comes from PartialEq alone; Eq promises that every
// value equals itself, which an f64 field (NaN) cannot, so the lecture's Point cannot derive it.
#[derive(PartialEq, Eq)]
struct Point {
    x: f64,
    y: f64,
}

fn main() {}
