//! Step 4, the business logic. Each action returns the text the lecture's version prints, so
//! that tests read it; `app::run` prints it.
use std::path::Path;

use thiserror::Error;

use super::storage::{self, StorageError};
use super::task::{Priority, Task};

#[derive(Debug, Error)]
pub enum ActionError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("No task with id {0}")]
    NoSuchTask(u32),
}

/// `max + 1`, as in the lecture: removing the newest task frees its id for the next one.
pub fn next_id(tasks: &[Task]) -> u32 {
    tasks.iter().map(|t| t.id).max().unwrap_or(0) + 1
}

pub fn add_task(path: &Path, task: Task) -> Result<String, ActionError> {
    let mut tasks = storage::load_tasks(path)?;
    let task = Task {
        id: next_id(&tasks),
        ..task
    };
    let line = format!("Added: {task}");
    tasks.push(task);
    storage::save_tasks(path, &tasks)?;
    Ok(line)
}

pub fn list_tasks(path: &Path, show_done: bool) -> Result<String, ActionError> {
    let tasks = storage::load_tasks(path)?;
    let shown: Vec<&Task> = tasks.iter().filter(|t| show_done || !t.done).collect();
    if shown.is_empty() {
        return Ok("No tasks! 🎉".to_string());
    }
    let mut out: String = shown.iter().map(|t| format!("  {t}\n")).collect();
    out.push_str(&format!("\n{} task(s) shown", shown.len()));
    Ok(out)
}

pub fn complete_task(path: &Path, id: u32) -> Result<String, ActionError> {
    let mut tasks = storage::load_tasks(path)?;
    let task = tasks
        .iter_mut()
        .find(|t| t.id == id)
        .ok_or(ActionError::NoSuchTask(id))?;
    task.done = true;
    let line = format!("Completed: {task}");
    storage::save_tasks(path, &tasks)?;
    Ok(line)
}

pub fn remove_task(path: &Path, id: u32) -> Result<String, ActionError> {
    let mut tasks = storage::load_tasks(path)?;
    let before = tasks.len();
    tasks.retain(|t| t.id != id);
    if tasks.len() == before {
        return Err(ActionError::NoSuchTask(id));
    }
    storage::save_tasks(path, &tasks)?;
    Ok(format!("Removed task {id}"))
}

/// Totals, then the pending tasks per priority (done tasks are not counted there).
pub fn show_stats(path: &Path) -> Result<String, ActionError> {
    let tasks = storage::load_tasks(path)?;
    let total = tasks.len();
    let done = tasks.iter().filter(|t| t.done).count();
    let pending = |p: Priority| tasks.iter().filter(|t| !t.done && t.priority == p).count();
    Ok(format!(
        "📊 Task Statistics\n   Total:   {total}\n   Done:    {done} ✅\n   Pending: {}\n   🔴 High:   {}\n   🟡 Medium: {}\n   🟢 Low:    {}",
        total - done,
        pending(Priority::High),
        pending(Priority::Medium),
        pending(Priority::Low),
    ))
}
