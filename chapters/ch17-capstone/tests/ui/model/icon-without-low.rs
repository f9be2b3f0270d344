// Task's Display picks an icon per priority; leaving one variant out is refused.
#[derive(Clone, Copy)]
enum Priority {
    Low,
    Medium,
    High,
}

fn icon(priority: Priority) -> &'static str {
    match priority {
        Priority::Medium => "🟡",
        Priority::High => "🔴",
    }
}

fn main() {
    let _ = (icon(Priority::High), Priority::Low);
}
