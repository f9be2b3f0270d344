// `.into()` picks its target from the expected type; with none, rustc cannot choose.
struct Celsius(f64);
struct Fahrenheit(f64);

impl From<Fahrenheit> for Celsius {
    fn from(Fahrenheit(degrees): Fahrenheit) -> Celsius {
        Celsius((degrees - 32.0) * 5.0 / 9.0)
    }
}

fn main() {
    let c = Fahrenheit(212.0).into();
    let _ = c;
}
