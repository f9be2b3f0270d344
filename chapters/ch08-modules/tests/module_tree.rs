//! The chapter's own `myproject` tree (src/myproject/): both layouts in one crate, a sibling
//! reached through `super::`, a re-export. Ledger: `modules/*`.
use chapter_08::layout::{defined_in, reexport_is_the_same_type};
use chapter_08::myproject::models::{self, Product};
use chapter_08::myproject::utils::{helpers::format_name, validators::is_name};

#[test]
fn format_name_calls_its_sibling_validators_through_super() {
    assert_eq!(
        format_name("Ada", "Lovelace").as_deref(),
        Some("Lovelace, Ada")
    );
    assert_eq!(format_name("Ada", ""), None);
    assert_eq!(
        format_name("Jean-Luc", "Picard").as_deref(),
        Some("Picard, Jean-Luc")
    );
    assert!(!is_name("-"));
}

#[test]
fn the_reexport_and_the_full_path_name_the_same_type() {
    assert!(reexport_is_the_same_type());
    let user: models::User = models::user::User::new("Grace");
    assert_eq!(user.name, "Grace");
}

#[test]
fn a_type_lives_in_the_module_its_file_is_declared_as() {
    assert_eq!(
        defined_in::<models::User>(),
        "chapter_08::myproject::models::user"
    );
    assert_eq!(
        defined_in::<Product>(),
        "chapter_08::myproject::models::product"
    );
}

#[test]
fn a_product_from_the_private_module_is_usable_through_the_reexport() {
    let product = Product {
        title: "teapot".into(),
        cents: 1205,
    };
    assert_eq!(product.price(), "12.05");
}
