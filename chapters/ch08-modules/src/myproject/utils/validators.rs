//! `utils::validators`.

/// A name is non-empty and made of letters (hyphens allowed inside, as in "Jean-Luc").
pub fn is_name(text: &str) -> bool {
    !text.is_empty() && hyphens_inside(text) && text.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// No hyphen at either end. `pub(crate)`: a helper every module of this crate may call, and no
/// other crate (tests/ui/visibility/pub-crate-fn-called-from-another-crate.rs).
pub(crate) fn hyphens_inside(text: &str) -> bool {
    !text.starts_with('-') && !text.ends_with('-')
}
