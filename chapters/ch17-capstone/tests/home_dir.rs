//! Step 2 says every error is explicit and propagated by `?`; one is not. Reproduces "Step 2:
//! Storage Layer" (line 154 of ../shared/course/ch17-capstone-project.md): `task_file_path`
//! unwraps `dirs::home_dir()` with `.expect(..)`, and `load_tasks`, which returns a `Result`,
//! calls it first. Faithful: the same three names, the same `.expect` message, the same call
//! order; `home_dir` stands in for `dirs::home_dir` (not a dependency here) on a machine with no
//! home, which is when `dirs` answers `None`, and nothing else in `load_tasks` can fail first.
use std::error::Error;
use std::path::PathBuf;

use chapter_17::rustdo::storage::{StorageError, task_file_path};

fn home_dir() -> Option<PathBuf> {
    None
}

mod lecture_shape {
    use super::*;

    pub fn task_file_path() -> PathBuf {
        let home = home_dir().expect("Could not determine home directory");
        home.join(".rustdo.json")
    }

    pub fn load_tasks() -> Result<Vec<String>, Box<dyn Error>> {
        let text = std::fs::read_to_string(task_file_path())?;
        Ok(text.lines().map(str::to_string).collect())
    }
}

#[test]
#[should_panic(expected = "Could not determine home directory")]
fn expect_in_the_path_helper_panics_instead_of_load_tasks_returning_err() {
    // Reaching the end of this test, Ok or Err, would mean the error was propagated after all.
    let _ = lecture_shape::load_tasks();
}

#[test]
fn our_storage_returns_a_missing_home_as_an_error_and_keeps_rustdo_json_in_it() {
    assert!(matches!(
        task_file_path(home_dir()),
        Err(StorageError::NoHome)
    ));
    let home = PathBuf::from("/home/ada");
    assert_eq!(
        task_file_path(Some(home)).unwrap(),
        PathBuf::from("/home/ada/.rustdo.json")
    );
}
