//! Chapter 5, *Data structures and collections*: the lecture's examples as functions, shared by
//! the tour (`src/main.rs`), the demos (`src/bin/`), the tests and the exercises.
//!
//! Each module is one section of the lecture and ends in a `demo` function that prints its
//! results through [`textbook_report::Report`], the protocol the Python twins speak too. Lists
//! and maps are printed as compact JSON ([`json`]), which both sides render byte for byte alike.

pub mod arrays;
pub mod composition;
pub mod dunders;
pub mod maps;
pub mod newtype;
pub mod others;
pub mod structs;
pub mod tuples;
pub mod vecs;
pub mod words;

/// Compact JSON, as Python's `json.dumps(value, separators=(",", ":"))` prints it.
pub fn json(value: impl serde::Serialize) -> String {
    serde_json::to_string(&value).unwrap_or_else(|e| format!("<not JSON: {e}>"))
}

/// What a call that may panic gives: its value, or the panic's message as `panic: …` (the
/// twin's `IndexError: …`). The default hook is silenced while it runs, so a demo prints no
/// backtrace noise; the message is the one `std` would have printed.
pub fn outcome<T>(
    call: impl FnOnce() -> T + std::panic::UnwindSafe,
    show: impl Fn(T) -> String,
) -> String {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(call);
    std::panic::set_hook(hook);
    match result {
        Ok(value) => show(value),
        Err(payload) => {
            let message = payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "(no message)".into());
            format!("panic: {message}")
        }
    }
}
