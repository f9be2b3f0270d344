//! Chapter 3, *Built-in types and variables*: the lecture's examples as functions, shared by the
//! tour (`src/main.rs`), the demos (`src/bin/`), the tests and the exercises.
//!
//! Each module is one section of the lecture and ends in a `demo` function that prints its
//! results through [`textbook_report::Report`], the protocol the Python twins speak too.

pub mod annotations;
pub mod formatting;
pub mod numeric_types;
pub mod strings;
pub mod temperature;
pub mod variables;

/// The name of a value's type as the compiler inferred it: what the lecture's `// i32` comments
/// claim, checked. (`type_name` is for diagnostics; its exact text is not a stable promise, so the
/// tests compare with names written in full, which change only if std renames the type.)
pub fn type_of<T: ?Sized>(value: &T) -> &'static str {
    std::any::type_name_of_val(value)
}
