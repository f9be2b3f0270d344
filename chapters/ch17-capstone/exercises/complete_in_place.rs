//! Chapter 17, exercise `complete_in_place` (ledger: `exercise/complete-iter-mut`): step 4's
//! `complete_task`, which marks one task done inside the list it loaded.
//! Check your work with `cargo xtask exercise 17`; stuck? `cargo xtask exercise 17 --hint`.
//!
//! In Python: `task = next(t for t in tasks if t.id == id)` then `task.done = True` changes the
//! object the list holds; any reference may change it.

#[derive(Debug)]
struct Task {
    id: u32,
    done: bool,
}

// TODO: make `complete_task` compile. `iter()` lends each task read-only (`&Task`), so the task
// it finds cannot be changed; ask the list for tasks you may change.
fn complete_task(tasks: &mut [Task], id: u32) -> Result<(), String> {
    let task = tasks
        .iter()
        .find(|t| t.id == id)
        .ok_or(format!("No task with id {id}"))?;
    task.done = true;
    Ok(())
}

fn main() {
    let mut tasks = vec![Task { id: 1, done: false }, Task { id: 2, done: false }];
    println!("{:?}", complete_task(&mut tasks, 2));
    println!("{tasks:?}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_only_the_task_with_that_id_and_refuses_an_unknown_one() {
        let mut tasks = vec![Task { id: 1, done: false }, Task { id: 2, done: false }];
        assert_eq!(complete_task(&mut tasks, 2), Ok(()));
        let done: Vec<bool> = tasks.iter().map(|t| t.done).collect();
        assert_eq!(done, [false, true]);
        assert_eq!(
            complete_task(&mut tasks, 9),
            Err("No task with id 9".to_string())
        );
    }
}
