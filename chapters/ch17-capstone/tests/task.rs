//! Step 1 and step 7: the lecture's own three tests, plus the stamp the lecture asks of chrono.
use chapter_17::rustdo::task::{Priority, Task, iso_utc};

#[test]
fn parse_priority() {
    assert_eq!("high".parse::<Priority>().unwrap(), Priority::High);
    assert_eq!("H".parse::<Priority>().unwrap(), Priority::High);
    assert_eq!("med".parse::<Priority>().unwrap(), Priority::Medium);
    assert_eq!(
        "invalid".parse::<Priority>().unwrap_err(),
        "unknown priority: 'invalid' (use low/medium/high)"
    );
}

#[test]
fn task_display() {
    let task = Task::new(1, "Write Rust".to_string(), Priority::High);
    let display = format!("{task}");
    assert!(display.contains("Write Rust"));
    assert!(display.contains("🔴"));
    assert!(display.contains("⬜"));
    let fixed = Task::created_at(
        1,
        "Write Rust".into(),
        Priority::High,
        "2026-11-27T10:00:00".into(),
    );
    assert_eq!(
        fixed.to_string(),
        "⬜ 1 [🔴] Write Rust (2026-11-27T10:00:00)"
    );
}

#[test]
fn task_serialization_roundtrip() {
    let task = Task::new(1, "Test".to_string(), Priority::Low);
    let json = serde_json::to_string(&task).unwrap();
    assert!(json.contains(r#""priority":"low""#), "{json}");
    let recovered: Task = serde_json::from_str(&json).unwrap();
    assert_eq!(recovered.title, "Test");
    assert_eq!(recovered.priority, Priority::Low);
}

#[test]
fn the_stamp_has_the_lectures_format_without_chrono() {
    assert_eq!(iso_utc(0), "1970-01-01T00:00:00");
    assert_eq!(iso_utc(951_782_400), "2000-02-29T00:00:00");
    assert_eq!(iso_utc(1_795_773_600), "2026-11-27T10:00:00");
}
