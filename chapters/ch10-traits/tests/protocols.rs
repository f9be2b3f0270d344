//! Protocols vs traits, and the comparison table. Ledger: protocols/*, table/*.
use chapter_10::protocols::{Printable, Product, User, lecture_items, print_all, print_twice};

#[test]
fn print_all_prints_each_item_through_its_own_impl() {
    let (user, product) = lecture_items();
    assert_eq!(
        print_all(&[&user, &product]),
        "User(Alice)\nProduct(Widget, $9.99)\n"
    );
}

#[test]
fn a_default_method_is_inherited_and_can_be_overridden() {
    #[derive(Debug)]
    struct Loud;
    impl Printable for Loud {
        fn to_string(&self) -> String {
            "LOUD".into()
        }
        fn framed(&self) -> String {
            "<<LOUD>>".into()
        }
    }
    let (user, _) = lecture_items();
    assert_eq!(user.framed(), "[User(Alice)]");
    assert_eq!(Loud.framed(), "<<LOUD>>");
}

#[test]
fn a_local_trait_can_be_implemented_for_a_foreign_type() {
    assert_eq!(Printable::to_string(&42), "i32(42)");
    assert_eq!(print_all(&[&7]), "i32(7)\n");
}

#[test]
fn one_bound_can_ask_for_several_traits() {
    #[derive(Debug, Clone)]
    struct Tag(&'static str);
    impl Printable for Tag {
        fn to_string(&self) -> String {
            format!("#{}", self.0)
        }
    }
    assert_eq!(print_twice(&Tag("rust")), "#rust #rust");
    let product = Product {
        name: "Widget".into(),
        price: 9.99,
    };
    let user = User { name: "Bob".into() };
    assert_eq!(
        print_all(&[&product, &user]),
        "Product(Widget, $9.99)\nUser(Bob)\n"
    );
}
