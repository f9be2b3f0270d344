//! Step 1, the data model, shown. Twin: python_equivalents/ch17_capstone/data_model.py
use textbook_report::{Report, rejected};

use crate::rustdo::task::{Priority, Task};

pub const STAMP: &str = "2026-11-27T10:00:00";

pub fn demo(report: &Report) {
    report.say("Parsing a priority (FromStr), in any case, with short forms:");
    for text in ["high", "H", "med", "invalid"] {
        let parsed = text
            .parse::<Priority>()
            .map_or_else(|e| e, |p| p.to_string());
        report.result(&format!("parse_{text}"), parsed);
    }
    report.say("\nA priority as JSON (serde, rename_all = \"lowercase\"):");
    report.result(
        "priority_json",
        serde_json::to_string(&Priority::High).unwrap_or_default(),
    );

    let task = Task::created_at(1, "Write Rust", Priority::High, STAMP);
    report.say("\nA task through Display (Python: __str__):");
    report.result("task_display", &task);
    report.say("\nA task as JSON, and back:");
    let json = serde_json::to_string(&task).unwrap_or_default();
    report.result("task_json", &json);
    let back = serde_json::from_str::<Task>(&json).map(|t| t == task);
    report.contrast(
        "task_roundtrip",
        format!("{back:?}"),
        "python/save-enum-to-json",
    );
    report.say("\nEvery `match` on Priority names all three variants, or rustc refuses it:");
    report.contrast(
        "missing_arm",
        rejected(include_str!("../tests/ui/model/icon-without-low.stderr")),
        "step1/exhaustive-match",
    );
}
