//! Modules: the `myproject` tree (src/myproject/), used from outside the way the lecture's
//! `main.rs` uses it. Twin: python_equivalents/ch08_modules/module_tree.py.

use std::any::TypeId;

use textbook_report::{Report, rejected};

use crate::myproject::models::{self, Product};
use crate::myproject::utils::helpers::format_name;

/// Where a type was defined, as the compiler's module path (`module_path!` at the definition
/// would say the same; `type_name` is the stable way to ask from outside).
pub fn defined_in<T>() -> String {
    let name = std::any::type_name::<T>();
    name.rsplit_once("::")
        .map_or(name, |(module, _)| module)
        .to_string()
}

/// The lecture's `use models::user::User` and the re-export `models::User` name one type.
pub fn reexport_is_the_same_type() -> bool {
    TypeId::of::<models::user::User>() == TypeId::of::<models::User>()
}

fn shown(name: Option<String>) -> String {
    name.unwrap_or_else(|| "None".to_string())
}

pub fn demo(report: &Report) {
    report.say("Functions reached through the module tree (utils/mod.rs, utils/helpers.rs):");
    report.result("format_name", shown(format_name("Ada", "Lovelace")));
    report.result("format_name_empty", shown(format_name("Ada", "")));
    report.say("\nA re-export: models::User is models::user::User, one type under two paths:");
    report.result("reexport_same_type", reexport_is_the_same_type());
    report.result("user_name", models::User::new("Grace").name);
    let product = Product {
        title: "teapot".to_string(),
        cents: 1250,
    };
    report.result("product_price", product.price());
    report.say("\nWhere the type lives: the module path follows the files the `mod` lines name:");
    report.contrast(
        "user_defined_in",
        defined_in::<models::User>(),
        "modules/mod-declares-the-tree",
    );
    report
        .say("\nA private module's path is refused outside its parent; only the re-export works:");
    report.contrast(
        "private_module_path",
        rejected(include_str!(
            "../tests/ui/modules/private-module-path.stderr"
        )),
        "modules/pub-mod-makes-it-reachable",
    );
}
