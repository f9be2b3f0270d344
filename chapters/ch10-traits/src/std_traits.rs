//! Common standard library traits: `Point` (Debug and Display), `Student` (the derived
//! comparisons), `Countdown` (Iterator), and rows of the traits-at-a-glance table.
//! Twin: python_equivalents/ch10_traits/std_traits.py
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

use textbook_report::{Report, rejected};

/// Debug is derived (like a dataclass's `__repr__`); Display is written by hand (`__str__`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

/// Field order matters: the derived Ord compares `name` first, then `grade`.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Clone)]
pub struct Student {
    pub name: String,
    pub grade: i32,
}

pub fn student(name: &str, grade: i32) -> Student {
    Student {
        name: name.into(),
        grade,
    }
}

/// The lecture's two students, plus a second Alice to show that the grade breaks the tie.
pub fn sorted_students() -> Vec<Student> {
    let mut students = vec![
        student("Charlie", 85),
        student("Alice", 92),
        student("Alice", 70),
    ];
    students.sort();
    students
}

pub fn show_students(students: &[Student]) -> String {
    let names: Vec<String> = students
        .iter()
        .map(|s| format!("{} {}", s.name, s.grade))
        .collect();
    names.join(", ")
}

/// Students as the keys of a map: needs `Eq + Hash`, both derived.
pub fn grades_by_student(students: &[Student]) -> HashMap<Student, usize> {
    students
        .iter()
        .enumerate()
        .map(|(rank, s)| (s.clone(), rank + 1))
        .collect()
}

/// The lecture's first Countdown: yields `value`, `value - 1`, ..., 1.
#[derive(Debug)]
pub struct Countdown {
    pub value: i32,
}

impl Iterator for Countdown {
    type Item = i32;

    fn next(&mut self) -> Option<i32> {
        // The value shown is the one before the step down; zero or below ends the loop.
        (self.value > 0).then(|| {
            let shown = self.value;
            self.value -= 1;
            shown
        })
    }
}

/// `NaN == NaN`, on two NaNs parsed at run time (rustc lints a comparison with the constant).
pub fn nan_equals_itself() -> bool {
    let (a, b): (f64, f64) = ("NaN".parse().unwrap_or(0.0), "NaN".parse().unwrap_or(1.0));
    a == b
}

/// `Clone` copies what the type says it copies: a Vec of Vecs deeply, an Rc only its pointer.
/// Returns (is the inner list shared after a clone of Vec<Vec>, after a clone of Rc<RefCell<Vec>>).
pub fn clone_shares() -> (bool, bool) {
    let nested = vec![vec![1, 2]];
    let mut copy = nested.clone();
    copy[0].push(3);
    let vec_shared = nested[0].len() == 3;

    let shared = Rc::new(RefCell::new(vec![1, 2]));
    let handle = Rc::clone(&shared);
    handle.borrow_mut().push(3);
    let rc_shared = shared.borrow().len() == 3;
    (vec_shared, rc_shared)
}

/// Drop runs where the owner's scope ends, innermost value first: the log says when.
pub fn drop_order() -> Vec<String> {
    struct Noisy<'a>(&'static str, &'a RefCell<Vec<String>>);
    impl Drop for Noisy<'_> {
        fn drop(&mut self) {
            self.1.borrow_mut().push(format!("drop {}", self.0));
        }
    }
    let log = RefCell::new(Vec::new());
    {
        let _outer = Noisy("outer", &log);
        {
            let _inner = Noisy("inner", &log);
            log.borrow_mut().push("end of inner scope".into());
        }
        log.borrow_mut().push("end of outer scope".into());
    }
    log.into_inner()
}

/// From: one impl per source type, chosen by the compiler (Python has one `__init__`).
#[derive(Debug)]
pub struct Celsius(pub f64);

impl From<i32> for Celsius {
    fn from(degrees: i32) -> Celsius {
        Celsius(f64::from(degrees))
    }
}

impl From<&str> for Celsius {
    fn from(text: &str) -> Celsius {
        Celsius(text.trim_end_matches("°C").parse().unwrap_or(f64::NAN))
    }
}

pub fn demo(report: &Report) {
    let point = Point { x: 1.0, y: 2.5 };
    report.say("Point { x: 1.0, y: 2.5 } with {:?} (derived Debug) and {} (our Display):");
    report.contrast("debug", format!("{point:?}"), "std/debug-derived");
    report.result("display", point);
    report.say("\n#[derive(Display)] does not exist:");
    report.extra(
        "derive_display",
        rejected(include_str!("../tests/ui/std/derive-display.stderr")),
        "std/display-manual",
        None,
    );
    report.say("\nStudents sorted by the derived Ord (name, then grade):");
    let students = sorted_students();
    report.result("sorted", show_students(&students));
    report.result("as_map_keys", grades_by_student(&students).len());
    report.say("\nNaN == NaN (why f64 is PartialEq and not Eq):");
    report.result("nan_equals_itself", nan_equals_itself());
    report.say("\nCountdown { value: 5 } in a for loop:");
    let counted: Vec<String> = Countdown { value: 5 }.map(|n| n.to_string()).collect();
    report.result("countdown", counted.join(", "));
    report
        .say("\nAfter a clone, does the copy share the inner list? (Vec<Vec>, Rc<RefCell<Vec>>):");
    let (vec_shared, rc_shared) = clone_shares();
    report.result("clone_vec", vec_shared);
    report.result("clone_rc", rc_shared);
    report.say("\nDrop, in order:");
    report.result("drop_order", drop_order().join(" | "));
    report.say("\nCelsius from an i32 and from text, two From impls:");
    let (a, b) = (Celsius::from(21), Celsius::from("36.6°C"));
    report.result("from_two_types", format!("{} {}", a.0, b.0));
}
