//! `utils::validators`.

/// A name is non-empty and made of letters (hyphens allowed inside, as in "Jean-Luc").
pub fn is_name(text: &str) -> bool {
    !text.is_empty()
        && !text.starts_with('-')
        && !text.ends_with('-')
        && text.chars().all(|c| c.is_alphabetic() || c == '-')
}
