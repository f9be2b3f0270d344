//! Functions and type signatures. Every parameter has a type, every returned value a return
//! type; there are no default arguments and no `*args` (an `Option`, a builder or a slice stand
//! in); a function's value is its body's tail; several values come back as a tuple.

use textbook_report::{Report, rejected};

use crate::loops::panic_message;

/// The lecture's `greet`: both arguments, always.
pub fn greet(name: &str, greeting: &str) -> String {
    format!("{greeting}, {name}!")
}

/// The lecture's stand-in for a default argument: the caller passes `None`.
pub fn greet_with_default(name: &str, greeting: Option<&str>) -> String {
    let greeting = greeting.unwrap_or("Hello");
    format!("{greeting}, {name}!")
}

/// The other stand-in the lecture names, a builder: defaults in `new`, a method per option.
#[derive(Debug, Clone)]
pub struct Greeting<'a> {
    name: &'a str,
    greeting: &'a str,
    punctuation: char,
}

impl<'a> Greeting<'a> {
    pub fn new(name: &'a str) -> Self {
        Greeting {
            name,
            greeting: "Hello",
            punctuation: '!',
        }
    }

    pub fn greeting(mut self, greeting: &'a str) -> Self {
        self.greeting = greeting;
        self
    }

    pub fn punctuation(mut self, punctuation: char) -> Self {
        self.punctuation = punctuation;
        self
    }

    pub fn build(&self) -> String {
        format!("{}, {}{}", self.greeting, self.name, self.punctuation)
    }
}

/// The lecture's stand-in for `*args`: a slice, written `&[1, 2, 3]` at the call.
pub fn sum_all(numbers: &[i32]) -> i32 {
    numbers.iter().sum()
}

/// The lecture's `apply`, taking a function pointer: a plain `fn` or a closure that captures
/// nothing.
pub fn apply(f: fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

/// `apply` for any closure, capturing ones included: what Python's `apply(f, x)` accepts.
pub fn apply_any(f: impl Fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

pub fn double(x: i32) -> i32 {
    x * 2
}

/// The lecture's `divide`: `None` for a zero divisor, otherwise the quotient. The `if` is the
/// body's tail, so its value is returned; the `None` arm is not an early return.
pub fn divide(a: f64, b: f64) -> Option<f64> {
    if b == 0.0 { None } else { Some(a / b) }
}

/// The same with a real early return: `return` leaves at once, so no `else` is needed.
pub fn divide_early(a: f64, b: f64) -> Option<f64> {
    if b == 0.0 {
        return None;
    }
    Some(a / b)
}

/// `Some(3.5)` → "3.5", `None` → "None": Python's spelling of the same results.
pub fn show_quotient(quotient: Option<f64>) -> String {
    quotient.map_or_else(|| "None".to_string(), |q| q.to_string())
}

/// The lecture's `min_max`: two values back as one tuple. Panics on an empty slice.
pub fn min_max(numbers: &[i32]) -> (i32, i32) {
    let min = *numbers.iter().min().unwrap();
    let max = *numbers.iter().max().unwrap();
    (min, max)
}

/// `min_max` that says "no answer" for an empty slice instead of panicking.
pub fn min_max_checked(numbers: &[i32]) -> Option<(i32, i32)> {
    Some((*numbers.iter().min()?, *numbers.iter().max()?))
}

pub fn demo(report: &Report) {
    report.say("Both arguments, or a stand-in for Python's default argument:");
    report.result("greet(Alice, Hi)", greet("Alice", "Hi"));
    report.contrast(
        "greet(Alice), default",
        rejected(include_str!(
            "../tests/ui/functions/parameter-default.stderr"
        )),
        "fn/no-default-arguments",
    );
    report.result("Option: None", greet_with_default("Alice", None));
    report.result("Option: Some(Hi)", greet_with_default("Alice", Some("Hi")));
    report.result(
        "builder",
        Greeting::new("Alice")
            .greeting("Hi")
            .punctuation('?')
            .build(),
    );

    report.say("\nA slice for Python's *args:");
    report.result("sum_all(1, 2, 3)", sum_all(&[1, 2, 3]));
    report.result("sum_all()", sum_all(&[]));

    report.say("\nFunctions as values:");
    report.result("apply(double, 5)", apply(double, 5));
    report.result("apply(x * 2, 5)", apply(|x| x * 2, 5));
    let factor = 3;
    report.contrast(
        "apply(x * factor, 5)",
        rejected(include_str!("../exercises/apply_closure.stderr")),
        "fn/fn-pointer-vs-closure",
    );
    report.result("apply_any(x * factor, 5)", apply_any(|x| x * factor, 5));

    report.say("\nReturn values: an Option for \"no result\", a tuple for two results:");
    report.result("divide(7, 2)", show_quotient(divide(7.0, 2.0)));
    report.result("divide(1, 0)", show_quotient(divide(1.0, 0.0)));
    report.result("divide_early(1, 0)", show_quotient(divide_early(1.0, 0.0)));
    report.contrast(
        "1.0 / 0.0 unchecked",
        1.0_f64 / 0.0,
        "fn/float-division-by-zero",
    );
    report.result(
        "min_max([3, 1, 4, 1, 5])",
        format!("{:?}", min_max(&[3, 1, 4, 1, 5])),
    );
    let empty = panic_message(|| min_max(&[]));
    report.contrast(
        "min_max([])",
        format!("panic: {}", empty.unwrap_or_else(|| "none".into())),
        "fn/min-max-empty",
    );
    report.result("min_max_checked([])", format!("{:?}", min_max_checked(&[])));

    crate::methods::demo(report);
}
