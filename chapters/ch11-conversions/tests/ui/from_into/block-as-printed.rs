// The lecture's From/Into block, its statements put in a `main` (as printed they sit at the top
// level: "expected item, found keyword `let`"). The last line's `?` needs a function returning
// Result.
struct Celsius(f64);
struct Fahrenheit(f64);

impl From<Fahrenheit> for Celsius {
    fn from(f: Fahrenheit) -> Self {
        Celsius((f.0 - 32.0) * 5.0 / 9.0)
    }
}

fn main() {
    let c1 = Celsius::from(Fahrenheit(212.0));
    let c2: Celsius = Fahrenheit(212.0).into();
    let s: String = String::from("hello");
    let s: String = "hello".to_string();
    let s: String = "hello".into();
    let num: i64 = 42i32.into();
    let n: Result<i32, _> = "42".parse();
    let n: i32 = "42".parse().unwrap();
    let n: i32 = "42".parse()?;
}
