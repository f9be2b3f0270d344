//! Macros: `log_call!` against a decorator, the built-in macros and what they know, `hashmap!`.
//! Twin: python_equivalents/ch12_iterators/macros.py
use std::panic;

use textbook_report::Report;

/// The lecture's macro. `$body` is pasted in after the `println!`, so the body runs after the
/// announcement, as the code inside a decorator's wrapper does.
#[macro_export]
macro_rules! log_call {
    ($func_name:expr, $body:expr) => {{
        println!("Calling {}", $func_name);
        $body
    }};
}

/// `key => value` pairs, a trailing comma allowed (`$(,)?`), into a `HashMap`.
#[macro_export]
macro_rules! hashmap {
    ($($key:expr => $value:expr),* $(,)?) => {{
        // A block, so that the macro is one expression whose value is the finished map.
        let mut built = ::std::collections::HashMap::new();
        $( built.insert($key, $value); )*
        built
    }};
}

pub fn process(data: &str) -> String {
    log_call!("process", data.to_uppercase())
}

/// A macro, unlike a function, takes any number of arguments: the same `format!` with 0 to 3.
pub fn variadic_formats() -> Vec<String> {
    vec![
        format!("none"),
        format!("{}", 1),
        format!("{} {}", 1, "two"),
        format!("{} {} {}", 1, "two", 3.5),
    ]
}

/// The message a panicking closure leaves, caught. The hook is silenced meanwhile so that the
/// demo prints the message once, as a result, instead of a second time on stderr.
pub fn panic_message(f: impl FnOnce() + panic::UnwindSafe) -> String {
    let hook = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let caught = panic::catch_unwind(f);
    panic::set_hook(hook);
    match caught {
        Ok(()) => "no panic".into(),
        Err(payload) => payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default(),
    }
}

/// What `assert_eq!` says when it fails: the two values, not the expressions that made them.
pub fn assert_eq_message() -> String {
    panic_message(|| {
        let sum = 2 + 2;
        assert_eq!(sum, 5);
    })
}

/// What `assert!` without a message says: the condition's source text.
pub fn assert_message() -> String {
    panic_message(|| {
        let value = -1;
        assert!(value > 0);
    })
}

// Reaching `todo!()` is the point here.
#[allow(unreachable_code, clippy::diverging_sub_expression, clippy::todo)]
pub fn todo_message() -> String {
    panic_message(|| {
        let _answer: i32 = todo!();
    })
}

/// The body of `process` without the announcement: under `--json` stdout may hold JSON only.
pub fn process_unannounced(data: &str) -> String {
    data.to_uppercase()
}

pub fn demo(report: &Report) {
    report.say("A macro in place of a decorator (its println! goes to stdout first):");
    // log_call! prints by itself: not under --json, where the twin likewise calls the
    // undecorated function.
    let processed = if report.is_json() {
        process_unannounced("data")
    } else {
        process("data")
    };
    report.result("process(\"data\")", processed);
    report.say("\nOne macro, any number of arguments:");
    report.result("format! arities", variadic_formats().join(" | "));
    report.say("\nThe lecture's hashmap!, trailing comma included:");
    let scores = hashmap! {
        "Grace" => 97,
        "Bob" => 85,
        "Linus" => 78,
    };
    let mut entries: Vec<String> = scores.iter().map(|(k, v)| format!("{k}: {v}")).collect();
    entries.sort();
    report.result("scores", entries.join(", "));
    report.say("\nWhat the assertion macros report (a panic, caught here):");
    report.contrast(
        "assert_eq! failing",
        assert_eq_message().replace('\n', " / "),
        "macros/assert-eq-source",
    );
    report.contrast(
        "assert! failing",
        assert_message(),
        "macros/assert-eq-source",
    );
    report.contrast("todo! reached", todo_message(), "macros/todo-panics");
    report.say("\ndbg! writes to stderr: file, line, column, the expression and its value.");
    let x = 1;
    #[allow(clippy::dbg_macro)]
    let doubled = dbg!(x * 2);
    report.result("dbg! returns its value", doubled);
}
