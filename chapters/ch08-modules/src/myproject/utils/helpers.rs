//! `utils::helpers`. It reaches its sibling through the parent (`super::`), the Rust spelling of
//! Python's `from . import validators`.

use super::validators;

/// "Last, First", or `None` when either part is not a name.
pub fn format_name(first: &str, last: &str) -> Option<String> {
    (validators::is_name(first) && validators::is_name(last)).then(|| format!("{last}, {first}"))
}
