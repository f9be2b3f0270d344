//! Ctrl-C. Every child runs in its own process group, so that a timeout can end what it spawned
//! (cargo's rustc, pytest's interpreter); the same isolation means the terminal's SIGINT never
//! reaches those groups. So the groups started here are recorded, and on SIGINT or SIGTERM a
//! watcher thread ends each of them (SIGTERM, so that a child that is itself a textbook tool can
//! end its own children in turn; SIGKILL for what is left) and exits with 128 + the signal:
//! 130 for Ctrl-C, as a shell reports it.

use std::io;
use std::process::{Child, Command};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard, Once};
use std::thread;
use std::time::{Duration, Instant};

/// The process groups (each a child's pid) started and not yet finished.
static GROUPS: Mutex<Vec<u32>> = Mutex::new(Vec::new());
/// Set once a signal arrived: nothing new is started after it.
static STOPPING: AtomicBool = AtomicBool::new(false);
static WATCHER: Once = Once::new();

/// How long the groups have, after SIGTERM, to end on their own before SIGKILL.
const GRACE: Duration = Duration::from_secs(3);

fn groups() -> MutexGuard<'static, Vec<u32>> {
    // A panic while holding the list leaves it usable: it is a plain list of numbers.
    GROUPS
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Starts the watcher thread, once per process. Called by `main`, and by every spawn, so that
/// the workspace's test harness (which runs Python tools through the same library) ends its
/// children on Ctrl-C too.
pub fn watch() {
    WATCHER.call_once(|| {
        #[cfg(unix)]
        {
            use signal_hook::consts::{SIGINT, SIGTERM};
            match signal_hook::iterator::Signals::new([SIGINT, SIGTERM]) {
                Ok(mut signals) => {
                    thread::spawn(move || {
                        if let Some(signal) = signals.forever().next() {
                            stop_all_and_exit(signal);
                        }
                    });
                }
                Err(e) => eprintln!("warning: Ctrl-C will not end child processes: {e}"),
            }
        }
    });
}

/// Spawns `command` (already set to start its own process group) and records its group; refuses
/// once a signal has arrived, so that no child outlives the xtask.
pub(crate) fn spawn_recorded(command: &mut Command) -> io::Result<Child> {
    watch();
    let mut groups = groups();
    if STOPPING.load(Ordering::SeqCst) {
        return Err(io::Error::new(
            io::ErrorKind::Interrupted,
            "interrupted (Ctrl-C): not starting it",
        ));
    }
    let child = command.spawn()?;
    groups.push(child.id());
    Ok(child)
}

/// The child has been waited for: its group is no longer ours to end. If it ended because a
/// signal arrived, the caller must not go on to report it as a failure (or start the next
/// step): it waits here for the watcher, which exits the process.
pub(crate) fn forget(pid: u32) {
    groups().retain(|g| *g != pid);
    while STOPPING.load(Ordering::SeqCst) {
        thread::park();
    }
}

fn stop_all_and_exit(signal: i32) -> ! {
    end_children_and_exit(128 + signal)
}

/// Ends every child group started here, then the process with `code`: the way out when the
/// program cannot go on (a signal, a reader that closed the pipe).
pub fn end_children_and_exit(code: i32) -> ! {
    let pending: Vec<u32> = {
        let groups = groups();
        STOPPING.store(true, Ordering::SeqCst);
        groups.clone()
    };
    end_groups(&pending);
    std::process::exit(code);
}

#[cfg(unix)]
fn end_groups(pids: &[u32]) {
    use rustix::process::{Pid, Signal, kill_process_group, test_kill_process_group};
    let groups: Vec<Pid> = pids
        .iter()
        .filter_map(|p| i32::try_from(*p).ok().and_then(Pid::from_raw))
        .collect();
    for group in &groups {
        let _ = kill_process_group(*group, Signal::TERM);
    }
    let deadline = Instant::now() + GRACE;
    let alive = |g: &Pid| test_kill_process_group(*g).is_ok();
    while groups.iter().any(alive) && Instant::now() < deadline {
        thread::sleep(Duration::from_millis(20));
    }
    for group in groups.iter().filter(|g| alive(g)) {
        let _ = kill_process_group(*group, Signal::KILL);
    }
}

#[cfg(not(unix))]
fn end_groups(_pids: &[u32]) {}
