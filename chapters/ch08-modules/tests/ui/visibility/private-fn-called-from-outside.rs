// Reproduces "Exercise: Module Visibility" (line 268 of
// ../shared/course/ch08-crates-and-modules.md): which of lines A, B and C compile. Faithful
// because it keeps the puzzle's structure, in our words: a private `secret_recipe` and a public
// `menu` in `kitchen`, a public child `staff::cook` that reaches the secret through `super::`, and
// `main` naming all three from outside. Only line B should be refused.
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

fn main() {
    let line_a = kitchen::menu();
    let line_b = kitchen::secret_recipe();
    let line_c = kitchen::staff::cook();
    println!("{line_a}\n{line_b}\n{line_c}");
}
