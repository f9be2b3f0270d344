// "What You Practiced" (line 492 of ../shared/course/ch17-capstone-project.md) counts exhaustive
// matching among step 1's lessons: Task's Display picks an icon per priority (line 138). Leaving
// one variant out of that match is refused; the three variants are the lecture's.
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
