//! Static and dynamic dispatch. Ledger: dispatch/*.
use std::any::type_name;

use chapter_10::dispatch::{Article, Tweet, feed, notify_dyn, notify_static, pointer_words};

/// A generic function instantiated for two types: two functions, each with its own `T`.
fn which<T>(_: &T) -> &'static str {
    type_name::<T>()
}

#[test]
fn each_type_gets_its_own_copy_of_a_generic_function() {
    assert_ne!(which(&Article::lecture()), which(&Tweet::lecture()));
    assert!(notify_static(&Article::lecture()).ends_with("[Article]"));
    assert!(notify_static(&Tweet::lecture()).ends_with("[Tweet]"));
    // Each instance is compiled for its own T. (Their addresses prove nothing: std promises no
    // unique address per function, see std::ptr::fn_addr_eq.)
    assert_eq!(which(&Article::lecture()), type_name::<Article>());
    assert_eq!(which(&Tweet::lecture()), type_name::<Tweet>());
}

#[test]
fn a_dyn_pointer_carries_a_vtable_beside_the_data() {
    assert_eq!(pointer_words(), (1, 2));
}

#[test]
fn one_list_of_mixed_types_is_dispatched_at_run_time() {
    let lines: Vec<String> = feed()
        .iter()
        .map(|item| notify_dyn(item.as_ref()))
        .collect();
    assert_eq!(
        lines,
        [
            "Rust is great — Here is why Rust bea...",
            "@rustacean: Just shipped my first crate!"
        ]
    );
}
