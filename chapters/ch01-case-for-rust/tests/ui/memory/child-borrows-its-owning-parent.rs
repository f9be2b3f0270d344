// The Python `add_child` translated word for word: the child keeps a plain reference to its
// parent. But the parent owns the child, so the reference would have to outlive the borrow of
// `self` it came from, and while the child holds it the parent cannot be changed (not even to
// store that child). Ownership makes the back-pointer impossible; Rc and Weak make it explicit.
struct Node<'a> {
    value: String,
    parent: Option<&'a Node<'a>>,
    children: Vec<Node<'a>>,
}

impl<'a> Node<'a> {
    fn add_child(&mut self, mut child: Node<'a>) {
        child.parent = Some(self);
        self.children.push(child);
    }
}

fn main() {
    let mut root = Node { value: "root".into(), parent: None, children: Vec::new() };
    let child = Node { value: "child".into(), parent: None, children: Vec::new() };
    root.add_child(child);
    println!("{} has {} child", root.value, root.children.len());
}
