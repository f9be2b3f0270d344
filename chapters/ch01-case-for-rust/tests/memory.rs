//! Memory without a collector. Ledger: `memory/rust-tree-drop`, `memory/no-cycles-by-design`.
use std::rc::Rc;

use chapter_01::memory::{
    DropLog, Link, SharedNode, lecture_tree, shared_pair_after_scope, wide_tree,
};

#[test]
fn the_lecture_tree_is_dropped_at_the_end_of_its_scope() {
    let log = DropLog::new();
    {
        let root = lecture_tree(&log);
        assert_eq!(root.children.len(), 1);
        assert!(
            log.entries().is_empty(),
            "nothing is freed while the root is in scope"
        );
    }
    assert_eq!(log.entries(), ["root", "child"]);
}

#[test]
fn a_parent_is_dropped_before_its_children_and_all_of_them_with_it() {
    // What the language promises (the Reference, "Destructors"): a value's Drop::drop runs
    // before its fields are dropped. The order among a Vec's elements is not promised ("Currently,
    // `Vec` does not guarantee the order in which elements are dropped", std::vec::Vec), so the
    // test does not ask for one: only that each parent comes before its own children.
    let log = DropLog::new();
    drop(wide_tree(&log));
    let entries = log.entries();
    let at = |name: &str| entries.iter().position(|e| e == name).expect(name);
    assert_eq!(entries.len(), 4, "{entries:?}");
    assert_eq!(at("root"), 0, "{entries:?}");
    assert!(at("a") < at("a1"), "a parent before its child: {entries:?}");
}

#[test]
fn locals_are_dropped_in_reverse_order_of_declaration() {
    let log = DropLog::new();
    {
        let _first = lecture_tree(&log);
        let _second = wide_tree(&log);
    }
    // The wide tree, declared second, goes first: all four of its nodes (in an order among the
    // Vec's elements that is not promised) before the lecture tree's two.
    let entries = log.entries();
    assert_eq!(entries.len(), 6, "{entries:?}");
    let mut wide = entries[..4].to_vec();
    wide.sort();
    assert_eq!(wide, ["a", "a1", "b", "root"], "{entries:?}");
    assert_eq!(entries[4..], ["root", "child"], "{entries:?}");
}

#[test]
fn an_rc_cycle_outlives_its_scope_and_is_never_freed() {
    let log = DropLog::new();
    let [root, child] = shared_pair_after_scope(Link::Strong, &log);
    // Each node is still owned by the other: the counts never reach 0, so no Drop runs.
    assert_eq!((root.strong_count(), child.strong_count()), (1, 1));
    assert!(root.upgrade().is_some() && child.upgrade().is_some());
    assert!(log.entries().is_empty(), "dropped: {:?}", log.entries());

    // Nothing will ever collect it; breaking the cycle by hand frees both (and ends the leak).
    let root = root.upgrade().expect("the leaked root is still there");
    root.release_children();
    assert_eq!(log.entries(), ["child"]);
    drop(root);
    assert_eq!(log.entries(), ["child", "root"]);
    assert!(child.upgrade().is_none());
}

#[test]
fn a_weak_parent_pointer_lets_the_pair_be_freed_at_the_end_of_its_scope() {
    let log = DropLog::new();
    let [root, child] = shared_pair_after_scope(Link::Weak, &log);
    assert_eq!((root.strong_count(), child.strong_count()), (0, 0));
    assert!(root.upgrade().is_none() && child.upgrade().is_none());
    assert_eq!(log.entries(), ["root", "child"]);
}

#[test]
fn a_weak_parent_is_reachable_while_it_lives() {
    let log = DropLog::new();
    let root = SharedNode::new("root", &log);
    let child = SharedNode::new("child", &log);
    SharedNode::add_child(&root, Rc::clone(&child), Link::Weak);
    assert_eq!(
        child.parent().map(|p| p.value.clone()).as_deref(),
        Some("root")
    );
    assert_eq!(
        Rc::strong_count(&root),
        1,
        "the child's pointer does not own its parent"
    );
    drop(root);
    assert!(child.parent().is_none());
    assert_eq!(
        log.entries(),
        ["root"],
        "the child lives on in its own handle"
    );
}
