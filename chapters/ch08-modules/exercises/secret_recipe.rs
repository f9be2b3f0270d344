//! Chapter 8, exercise `secret_recipe`: the lecture's visibility puzzle (ledger:
//! `exercise/kitchen-private-fn`).
//!
//! In Python, the underscore is a request, not a lock; the outside may still call it:
//!
//! ```python
//! class kitchen:
//!     @staticmethod
//!     def _secret_recipe() -> str:
//!         return "42 spices"
//!
//! print(kitchen._secret_recipe())  # 42 spices
//! ```
//!
//! The three lines of `todays_lines` are lines A, B and C of the lecture. One of them does not
//! compile. Check your work with `cargo xtask exercise 8`; stuck? `cargo xtask exercise 8 --hint`.

mod kitchen {
    fn secret_recipe() -> &'static str {
        "42 spices"
    }

    pub fn menu() -> &'static str {
        "Today's special"
    }

    pub mod staff {
        pub fn cook() -> String {
            let recipe = super::secret_recipe();
            format!("Cooking with {recipe}")
        }
    }
}

// TODO: make this compile without touching `mod kitchen`: `secret_recipe` stays private. The
// tests say which lines the outside is allowed to print.
fn todays_lines() -> Vec<String> {
    vec![
        kitchen::menu().to_string(),
        kitchen::secret_recipe().to_string(),
        kitchen::staff::cook(),
    ]
}

fn main() {
    for line in todays_lines() {
        println!("{line}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outside_sees_the_menu_and_the_cook() {
        assert_eq!(
            todays_lines(),
            ["Today's special", "Cooking with 42 spices"]
        );
    }
}
