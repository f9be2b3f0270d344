//! Chapter 17, solution of exercise `overdue_tasks` (ledger: `exercise/due-option`).

#[derive(Debug)]
struct Task {
    id: u32,
    done: bool,
    /// The due day, as a day number; `None` when the task has no due date.
    due: Option<u32>,
}

// Solved: `is_some_and` answers false for `None`, so undated tasks are never overdue.
// (`t.due < Some(today)` compiles too, but `None < Some(_)` is true: every undated task would be.)
fn overdue(tasks: &[Task], today: u32) -> Vec<&Task> {
    tasks
        .iter()
        .filter(|t| !t.done && t.due.is_some_and(|d| d < today))
        .collect()
}

fn main() {
    let tasks = vec![
        Task {
            id: 1,
            done: false,
            due: Some(10),
        },
        Task {
            id: 2,
            done: false,
            due: None,
        },
    ];
    println!("{:?}", overdue(&tasks, 12));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_pending_tasks_past_their_due_day_are_overdue() {
        let tasks = vec![
            Task {
                id: 1,
                done: false,
                due: Some(10),
            },
            Task {
                id: 2,
                done: false,
                due: None,
            },
            Task {
                id: 3,
                done: true,
                due: Some(5),
            },
            Task {
                id: 4,
                done: false,
                due: Some(12),
            },
            Task {
                id: 5,
                done: false,
                due: Some(20),
            },
        ];
        let ids: Vec<u32> = overdue(&tasks, 12).iter().map(|t| t.id).collect();
        assert_eq!(ids, [1]);
    }
}
