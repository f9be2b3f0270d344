//! Memory safety without a garbage collector. An owning tree (`Node` owns its `Vec<Node>`) is
//! freed when its root goes out of scope, each parent before its children. A child cannot
//! keep a plain `&` to the parent that owns it (tests/ui/memory/). Cycles are still possible
//! with shared ownership (`Rc<RefCell<_>>`): they leak, safely, because nothing ever collects
//! them; a `Weak` parent pointer is the fix.

use std::cell::RefCell;
use std::fmt;
use std::rc::{Rc, Weak};

use textbook_report::{Report, rejected};

/// Where every `Drop` below writes the name of the node being dropped, so that a test can see
/// what was freed and in which order. Cloning it shares the same log.
#[derive(Debug, Clone, Default)]
pub struct DropLog(Rc<RefCell<Vec<String>>>);

impl DropLog {
    pub fn new() -> DropLog {
        DropLog::default()
    }

    fn record(&self, name: &str) {
        self.0.borrow_mut().push(name.to_string());
    }

    /// The names dropped so far, oldest first.
    pub fn entries(&self) -> Vec<String> {
        self.0.borrow().clone()
    }
}

/// The lecture's tree: a parent owns its children outright, and a child knows nothing of its
/// parent, so no path leads from a node back to itself.
#[derive(Debug)]
pub struct Node {
    pub value: String,
    pub children: Vec<Node>,
    log: DropLog,
}

impl Node {
    pub fn new(value: &str, log: &DropLog) -> Node {
        Node {
            value: value.to_string(),
            children: Vec::new(),
            log: log.clone(),
        }
    }

    /// Takes the child by value: from here on the parent is its only owner.
    pub fn add_child(&mut self, child: Node) {
        self.children.push(child);
    }
}

impl Drop for Node {
    // Runs before the fields are dropped, so a parent is logged before its children; the fields
    // then go in declaration order. The order among a Vec's elements is not promised.
    fn drop(&mut self) {
        self.log.record(&self.value);
    }
}

/// The lecture's two nodes: `root` owning `child`.
pub fn lecture_tree(log: &DropLog) -> Node {
    let mut root = Node::new("root", log);
    root.add_child(Node::new("child", log));
    root
}

/// A tree wide and deep enough for the drop order to say something: root → [a → [a1], b].
pub fn wide_tree(log: &DropLog) -> Node {
    let mut a = Node::new("a", log);
    a.add_child(Node::new("a1", log));
    let mut root = Node::new("root", log);
    root.add_child(a);
    root.add_child(Node::new("b", log));
    root
}

/// How a shared child points back at its parent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// An `Rc`: the literal translation of Python's `child.parent = self`. It closes a cycle of
    /// strong counts that nothing will ever break.
    Strong,
    /// A `Weak`: the child can reach its parent while the parent lives, but does not keep it alive.
    Weak,
}

#[derive(Debug)]
enum ParentRef {
    Strong(Rc<SharedNode>),
    Weak(Weak<SharedNode>),
}

/// A node with shared ownership, for structures where a child must reach its parent.
pub struct SharedNode {
    pub value: String,
    parent: RefCell<Option<ParentRef>>,
    children: RefCell<Vec<Rc<SharedNode>>>,
    log: DropLog,
}

impl SharedNode {
    pub fn new(value: &str, log: &DropLog) -> Rc<SharedNode> {
        Rc::new(SharedNode {
            value: value.to_string(),
            parent: RefCell::new(None),
            children: RefCell::new(Vec::new()),
            log: log.clone(),
        })
    }

    /// The lecture's `add_child`, with the back-pointer made strong or weak.
    pub fn add_child(parent: &Rc<SharedNode>, child: Rc<SharedNode>, link: Link) {
        let back = match link {
            Link::Strong => ParentRef::Strong(Rc::clone(parent)),
            Link::Weak => ParentRef::Weak(Rc::downgrade(parent)),
        };
        *child.parent.borrow_mut() = Some(back);
        parent.children.borrow_mut().push(child);
    }

    /// The parent, if there is one and it is still alive.
    pub fn parent(&self) -> Option<Rc<SharedNode>> {
        match self.parent.borrow().as_ref()? {
            ParentRef::Strong(parent) => Some(Rc::clone(parent)),
            ParentRef::Weak(parent) => parent.upgrade(),
        }
    }

    /// Lets go of the children: the manual cycle-breaking that Rust leaves to the programmer,
    /// where Python has `gc.collect()`.
    pub fn release_children(&self) {
        self.children.borrow_mut().clear();
    }
}

// By hand, because a derived Debug would follow a strong cycle forever.
impl fmt::Debug for SharedNode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let children: Vec<String> = self
            .children
            .borrow()
            .iter()
            .map(|c| c.value.clone())
            .collect();
        f.debug_struct("SharedNode")
            .field("value", &self.value)
            .field("parent", &self.parent().map(|p| p.value.clone()))
            .field("children", &children)
            .finish()
    }
}

impl Drop for SharedNode {
    fn drop(&mut self) {
        self.log.record(&self.value);
    }
}

/// Builds the lecture's pair with shared nodes inside a scope and lets both handles go out of
/// it; what is left are weak handles, `[root, child]`, which see whether the nodes still exist.
pub fn shared_pair_after_scope(link: Link, log: &DropLog) -> [Weak<SharedNode>; 2] {
    let root = SharedNode::new("root", log);
    let child = SharedNode::new("child", log);
    SharedNode::add_child(&root, Rc::clone(&child), link);
    [Rc::downgrade(&root), Rc::downgrade(&child)]
}

/// `alive: root, child | freed: -`: the line both languages print about a structure after its
/// owners are gone (Python prints the same from weakrefs and `__del__`).
pub fn census(alive: &[String], freed: &[String]) -> String {
    let list = |names: &[String]| {
        if names.is_empty() {
            "-".to_string()
        } else {
            names.join(", ")
        }
    };
    format!("alive: {} | freed: {}", list(alive), list(freed))
}

fn alive(handles: &[Weak<SharedNode>]) -> Vec<String> {
    handles
        .iter()
        .filter_map(Weak::upgrade)
        .map(|node| node.value.clone())
        .collect()
}

/// Drops an owning tree at the end of a scope and reports what the log saw.
fn owned_tree_census(build: fn(&DropLog) -> Node) -> String {
    let log = DropLog::new();
    {
        let _root = build(&log);
    }
    census(&[], &log.entries())
}

pub fn demo(report: &Report) {
    report.say("An owning tree is freed when its root goes out of scope:");
    report.result("owned_tree", owned_tree_census(lecture_tree));
    report.say(
        "A parent's Drop runs before its fields are dropped; a Vec's own order is not promised.",
    );
    report.contrast(
        "wide_tree_drop_order",
        owned_tree_census(wide_tree),
        "memory/rust-tree-drop",
    );

    report.say("\nA child cannot borrow the parent that owns it (tests/ui/memory/):");
    report.contrast(
        "borrowed_parent",
        rejected(include_str!(
            "../tests/ui/memory/child-borrows-its-owning-parent.stderr"
        )),
        "memory/no-cycles-by-design",
    );

    report.say("\nWith Rc<RefCell<_>> and a strong back-pointer, the lecture's cycle is back:");
    let log = DropLog::new();
    let handles = shared_pair_after_scope(Link::Strong, &log);
    report.result(
        "parent_child_cycle",
        census(&alive(&handles), &log.entries()),
    );
    report.say("Rust has no collector to run: the pair is leaked (safely) for good.");
    report.contrast(
        "after_collection",
        census(&alive(&handles), &log.entries()),
        "memory/no-cycles-by-design",
    );
    // Break the cycle by hand so that the demo itself leaks nothing.
    if let Some(root) = handles[0].upgrade() {
        root.release_children();
    }

    report.say(
        "\nA Weak back-pointer keeps no one alive: the pair is freed at the end of its scope:",
    );
    let log = DropLog::new();
    let handles = shared_pair_after_scope(Link::Weak, &log);
    report.result("weak_parent", census(&alive(&handles), &log.entries()));
}
