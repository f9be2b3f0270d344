//! Chapter 8, solution of exercise `secret_recipe`: the lecture's visibility puzzle (ledger:
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
//! compile.
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/secret_recipe.rs`.

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

// Solved. Line B goes: `secret_recipe` has no `pub`, so only `kitchen` and its descendants may
// name it (E0603 outside). `staff` is a child of `kitchen`, so `cook` reaches it with `super::`
// and the outside gets the recipe only in the form `kitchen` chose to publish.
fn todays_lines() -> Vec<String> {
    vec![kitchen::menu().to_string(), kitchen::staff::cook()]
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
