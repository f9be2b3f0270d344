//! Chapter 17, solution of exercise `tagged_tasks` (ledger: `exercise/tags-any`).

#[derive(Debug)]
struct Task {
    id: u32,
    tags: Vec<String>,
}

// Solved: `any` compares each `String` with the `&str` (`String: PartialEq<str>`);
// `contains` wanted a `&String`, the element type, exactly.
fn tagged<'a>(tasks: &'a [Task], tag: &str) -> Vec<&'a Task> {
    tasks
        .iter()
        .filter(|t| t.tags.iter().any(|t| t == tag))
        .collect()
}

fn main() {
    let tasks = vec![
        Task {
            id: 1,
            tags: vec!["work".into(), "rust".into()],
        },
        Task {
            id: 2,
            tags: vec!["home".into()],
        },
    ];
    println!("{:?}", tagged(&tasks, "rust"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_only_the_tasks_carrying_the_tag() {
        let tasks = vec![
            Task {
                id: 1,
                tags: vec!["work".into(), "rust".into()],
            },
            Task {
                id: 2,
                tags: vec!["home".into()],
            },
            Task {
                id: 3,
                tags: vec!["rust".into()],
            },
        ];
        let ids: Vec<u32> = tagged(&tasks, "rust").iter().map(|t| t.id).collect();
        assert_eq!(ids, [1, 3]);
        assert!(tagged(&tasks, "garden").is_empty());
    }
}
