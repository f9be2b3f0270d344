//! A child process with a deadline. The child leads a process group of its own, and the deadline
//! kills that whole group: a test that runs `cargo`, a Python twin or a built demo leaves nothing
//! behind when it hangs (the child's own children included). The xtask uses the same two
//! primitives ([`own_group`], [`kill_group`]) for its jobs.

use std::io::Read;
use std::process::{Child, Command, Output, Stdio};
use std::thread;
use std::time::{Duration, Instant};

#[derive(Debug, thiserror::Error)]
pub enum ChildError {
    #[error("cannot start {command}: {source}")]
    Spawn {
        command: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{command} did not finish within {limit:?}; its process group was killed")]
    Timeout { command: String, limit: Duration },
    #[error("waiting for {command}: {source}")]
    Wait {
        command: String,
        #[source]
        source: std::io::Error,
    },
}

/// Makes the command start as the leader of a new process group, so [`kill_group`] can end it
/// and everything it starts.
pub fn own_group(command: &mut Command) -> &mut Command {
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        command.process_group(0);
    }
    command
}

/// Kills the group a child started with [`own_group`] leads, then reaps the child.
pub fn kill_group(child: &mut Child) {
    kill_pid_group(child.id());
    let _ = child.kill();
    let _ = child.wait();
}

/// Kills the process group led by `pid` (a child started with [`own_group`]).
pub fn kill_pid_group(pid: u32) {
    #[cfg(unix)]
    {
        // The group id is the leader's pid. A direct signal, not the `kill` program: procps-ng's
        // `kill -KILL -<pgid>` was seen here to signal far more than the group.
        if let Some(group) = i32::try_from(pid)
            .ok()
            .and_then(rustix::process::Pid::from_raw)
        {
            let _ = rustix::process::kill_process_group(group, rustix::process::Signal::KILL);
        }
    }
    #[cfg(not(unix))]
    let _ = pid;
}

/// Runs a command to its end, both pipes drained, or kills its process group after `limit`.
pub fn try_run_with_timeout(mut command: Command, limit: Duration) -> Result<Output, ChildError> {
    let shown = format!("{command:?}");
    own_group(&mut command);
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|source| ChildError::Spawn {
            command: shown.clone(),
            source,
        })?;
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut bytes);
            }
            bytes
        })
    };
    let stdout = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let stderr = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() > limit => {
                kill_group(&mut child);
                return Err(ChildError::Timeout {
                    command: shown,
                    limit,
                });
            }
            Ok(None) => thread::sleep(Duration::from_millis(20)),
            Err(source) => {
                kill_group(&mut child);
                return Err(ChildError::Wait {
                    command: shown,
                    source,
                });
            }
        }
    };
    Ok(Output {
        status,
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
    })
}

/// [`try_run_with_timeout`] for tests: a child that cannot start or does not finish fails the
/// test, with the command in the message.
pub fn run_with_timeout(command: Command, limit: Duration) -> Output {
    try_run_with_timeout(command, limit).unwrap_or_else(|e| panic!("{e}"))
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn both_pipes_are_kept() {
        let mut command = Command::new("sh");
        command.args(["-c", "echo out; echo err >&2"]);
        let output = run_with_timeout(command, Duration::from_secs(30));
        assert_eq!(output.stdout, b"out\n");
        assert_eq!(output.stderr, b"err\n");
    }

    #[test]
    fn a_hanging_child_and_its_grandchild_are_killed_at_the_deadline() {
        let marker =
            std::env::temp_dir().join(format!("harness-grandchild-{}", std::process::id()));
        let _ = std::fs::remove_file(&marker);
        // The grandchild writes its pid, then sleeps; it must not outlive the deadline.
        let script = format!("sleep 60 & echo $! > {}; wait", marker.display());
        let mut command = Command::new("sh");
        command.args(["-c", &script]);
        let err = try_run_with_timeout(command, Duration::from_millis(500)).unwrap_err();
        assert!(matches!(err, ChildError::Timeout { .. }), "{err}");
        let pid: i32 = std::fs::read_to_string(&marker)
            .expect("the grandchild wrote its pid")
            .trim()
            .parse()
            .expect("a pid");
        let _ = std::fs::remove_file(&marker);
        // Signal 0 asks whether the process exists; the killed grandchild may stay a zombie of
        // init for a moment, so look at its state too. SIGKILL takes effect when the process is
        // next scheduled: on a loaded machine it was seen still running (state R) just after
        // the kill, so give it a few seconds to die before calling it a survivor.
        let dead = || {
            let alive = rustix::process::Pid::from_raw(pid)
                .is_some_and(|p| rustix::process::test_kill_process(p).is_ok());
            let state = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
            (
                !alive || state.split_whitespace().nth(2) == Some("Z"),
                state,
            )
        };
        let mut last = dead();
        for _ in 0..100 {
            if last.0 {
                break;
            }
            thread::sleep(Duration::from_millis(50));
            last = dead();
        }
        assert!(last.0, "grandchild {pid} survived: {}", last.1);
    }
}
