// Implementing Into by hand beside From: core's blanket impl already provides it.
struct Celsius(f64);
struct Fahrenheit(f64);

impl From<Fahrenheit> for Celsius {
    fn from(Fahrenheit(degrees): Fahrenheit) -> Celsius {
        Celsius((degrees - 32.0) * 5.0 / 9.0)
    }
}

impl Into<Celsius> for Fahrenheit {
    fn into(self) -> Celsius {
        Celsius((self.0 - 32.0) * 5.0 / 9.0)
    }
}

fn main() {
    let c: Celsius = Fahrenheit(212.0).into();
    println!("{}", c.0);
}
