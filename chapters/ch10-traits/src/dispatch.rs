//! Static dispatch (`impl Trait`, one copy of the function per type) against dynamic dispatch
//! (`dyn Trait`, one copy and a vtable). Twin: python_equivalents/ch10_traits/dispatch.py
use std::any::type_name;
use std::mem::size_of;

use textbook_report::{Report, rejected};

pub use crate::summary::{Article, Summary, Tweet};

/// Static: the compiler makes one `notify_static::<T>` per type it is called with, and each copy
/// knows its `T` (here it says which it is).
pub fn notify_static(item: &impl Summary) -> String {
    format!("{} [{}]", item.summarize(), short_type_name_of(item))
}

fn short_type_name_of<T: ?Sized>(_: &T) -> &'static str {
    let name = type_name::<T>();
    name.rsplit("::").next().unwrap_or(name)
}

/// Dynamic: one function; the call to `summarize` goes through the vtable of whatever is behind
/// the pointer.
pub fn notify_dyn(item: &dyn Summary) -> String {
    item.summarize()
}

/// A list of different types needs `dyn`: a `Vec<T>` holds one `T`.
pub fn feed() -> Vec<Box<dyn Summary>> {
    vec![Box::new(Article::lecture()), Box::new(Tweet::lecture())]
}

/// Words in a pointer: `&Article` is one, `&dyn Summary` two (data and vtable).
pub fn pointer_words() -> (usize, usize) {
    let word = size_of::<usize>();
    (
        size_of::<&Article>() / word,
        size_of::<&dyn Summary>() / word,
    )
}

pub fn demo(report: &Report) {
    report.say("notify through impl Summary: one compiled copy per type, each knowing its type:");
    report.result("static_article", notify_static(&Article::lecture()));
    report.result("static_tweet", notify_static(&Tweet::lecture()));
    report.say("\nnotify through dyn Summary, over a list of mixed types:");
    let lines: Vec<String> = feed()
        .iter()
        .map(|item| notify_dyn(item.as_ref()))
        .collect();
    report.result("dyn_feed", lines.join(" | "));
    report.say("\nThe same list without dyn (Vec<T> holds one type):");
    report.extra(
        "mixed_vec",
        rejected(include_str!(
            "../tests/ui/dispatch/mixed-vec-without-dyn.stderr"
        )),
        "dispatch/dyn-for-runtime-polymorphism",
        None,
    );
    report.say("\nPointer sizes in words, &Article and &dyn Summary:");
    let (thin, wide) = pointer_words();
    report.extra(
        "pointer_words",
        format!("{thin} and {wide}"),
        "dispatch/vtable",
        None,
    );
}
