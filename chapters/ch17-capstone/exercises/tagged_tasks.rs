//! Chapter 17, exercise `tagged_tasks` (ledger: `exercise/tags-any`): stretch goal 4, tags.
//! Check your work with `cargo xtask exercise 17`; stuck? `cargo xtask exercise 17 --hint`.
//!
//! In Python: `[t for t in tasks if tag in t.tags]`, where `in` compares a str with each str.

#[derive(Debug)]
struct Task {
    id: u32,
    tags: Vec<String>,
}

// TODO: make `tagged` compile. `tags` holds `String`s and `tag` is a `&str`: compare each tag
// with `tag` inside `.iter().any(..)`, as the lecture suggests.
fn tagged<'a>(tasks: &'a [Task], tag: &str) -> Vec<&'a Task> {
    tasks.iter().filter(|t| t.tags.contains(tag)).collect()
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
