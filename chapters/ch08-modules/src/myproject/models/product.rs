//! `models::product`, a private module: outside `models` its path does not resolve (E0603), and
//! the re-export in `models.rs` is the only door.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Product {
    pub title: String,
    pub cents: u32,
}

impl Product {
    /// The price as the shop prints it.
    pub fn price(&self) -> String {
        format!("{}.{:02}", self.cents / 100, self.cents % 100)
    }
}
