// Not in the lecture (the chapter's issue asks for `pub(crate)`): within one crate, a
// `pub(crate)` function is callable from a module that is not its descendant, where a private
// one is not. `dining` is `kitchen`'s sibling; only the private call is refused.
mod kitchen {
    pub(crate) fn menu() -> &'static str {
        "Today's special"
    }

    fn secret_recipe() -> &'static str {
        "42 spices"
    }
}

mod dining {
    pub fn serve() -> String {
        format!("{} with {}", super::kitchen::menu(), super::kitchen::secret_recipe())
    }
}

fn main() {
    println!("{}", dining::serve());
}
