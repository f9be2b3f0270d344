//! Visibility: `pub`, `pub(crate)` and the default, which is private to the module that defines
//! the item (and visible in that module's children).

use textbook_report::{Report, rejected};

pub mod shop {
    /// Visible wherever `shop` is: in this crate and in every crate that depends on it.
    pub fn greet() -> &'static str {
        "hello from shop"
    }

    /// Visible in the whole of this crate, invisible to other crates
    /// (tests/ui/visibility/pub-crate-from-another-crate.rs).
    pub(crate) fn internal() -> &'static str {
        "internal to the crate"
    }

    /// No keyword: private to `shop` (the exercise `private_helper` shows rustc's refusal from
    /// outside)…
    fn private_helper() -> &'static str {
        "private to shop"
    }

    /// …yet visible from inside `shop`, children included.
    pub mod till {
        pub fn ask_parent() -> &'static str {
            super::private_helper()
        }
    }

    pub fn use_helper() -> &'static str {
        private_helper()
    }
}

pub fn demo(report: &Report) {
    report.say("`pub` items are reachable from anywhere the module is:");
    report.result("pub_item", shop::greet());
    report.say("\n`pub(crate)`: the whole crate sees it, other crates do not:");
    report.result("pub_crate_inside", shop::internal());
    report.contrast(
        "pub_crate_outside",
        rejected(include_str!(
            "../tests/ui/visibility/pub-crate-from-another-crate.stderr"
        )),
        "visibility/pub-crate",
    );
    report.say("\nNo keyword: private to the module, enforced by the compiler:");
    report.result("private_inside", shop::use_helper());
    report.result("private_from_child", shop::till::ask_parent());
    report.contrast(
        "private_from_outside",
        rejected(include_str!("../exercises/private_helper.stderr")),
        "visibility/private-enforced",
    );
}
