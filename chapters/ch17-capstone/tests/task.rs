//! Step 1 and step 7: the three tests step 7 names (same names, same checks, on our `Task`),
//! plus the stamp the lecture asks of chrono.
use chapter_17::rustdo::task::{Priority, Task, iso_utc};

const STAMP: &str = "2026-11-27T10:00:00";

#[test]
fn parse_priority() {
    // Full names, short forms and any case: the lecture's three examples and their neighbours.
    let accepted = [
        ("high", Priority::High),
        ("H", Priority::High),
        ("med", Priority::Medium),
        ("M", Priority::Medium),
        ("LOW", Priority::Low),
    ];
    for (text, priority) in accepted {
        assert_eq!(text.parse(), Ok(priority), "{text}");
    }
    assert_eq!(
        "invalid".parse::<Priority>(),
        Err("unknown priority: 'invalid' (use low/medium/high)".to_string())
    );
}

#[test]
fn task_display() {
    // The stamp of `Task::new` is the clock's; the fixed one pins the whole line.
    let fresh = Task::new(1, "Write Rust", Priority::High).to_string();
    for part in ["⬜", "1", "[🔴]", "Write Rust"] {
        assert!(fresh.contains(part), "{part} missing from {fresh}");
    }
    let pinned = Task::created_at(1, "Write Rust", Priority::High, STAMP);
    assert_eq!(
        pinned.to_string(),
        "⬜ 1 [🔴] Write Rust (2026-11-27T10:00:00)"
    );
    let done = Task {
        done: true,
        ..pinned
    };
    assert!(done.to_string().starts_with("✅ 1 [🔴]"));
}

#[test]
fn task_serialization_roundtrip() {
    let original = Task::new(1, "Test", Priority::Low);
    let text = serde_json::to_string(&original).expect("a Task always serialises");
    assert!(text.contains(r#""priority":"low""#), "{text}");
    let back = serde_json::from_str::<Task>(&text).expect("what we wrote reads back");
    assert_eq!(back, original);
}

#[test]
fn the_stamp_has_the_lectures_format_without_chrono() {
    assert_eq!(iso_utc(0), "1970-01-01T00:00:00");
    assert_eq!(iso_utc(951_782_400), "2000-02-29T00:00:00");
    assert_eq!(iso_utc(1_795_773_600), "2026-11-27T10:00:00");
}
