//! Chapter 17, solution of exercise `complete_in_place` (ledger: `exercise/complete-iter-mut`).

#[derive(Debug)]
struct Task {
    id: u32,
    done: bool,
}

// Solved: `iter_mut()` lends each task as `&mut Task`, so the one `find` returns can be changed
// in place; the list itself was already borrowed mutably (`&mut [Task]`).
fn complete_task(tasks: &mut [Task], id: u32) -> Result<(), String> {
    let task = tasks
        .iter_mut()
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
