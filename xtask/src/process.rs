//! Child processes with a deadline. Every tool the textbook runs (cargo, python, pip, mypy, a demo)
//! goes through here, so none of them can hang a lecture or a CI run.

use std::io::{BufRead, BufReader, Read};
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};
use textbook_harness::{kill_group, kill_pid_group, own_group};

#[derive(Debug, thiserror::Error)]
pub enum ProcessError {
    #[error("could not start {label} (`{program}`): {source}")]
    Spawn {
        label: String,
        program: String,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "{label} did not finish within {} s and was killed (command: {command})",
        timeout.as_secs()
    )]
    Timeout {
        label: String,
        command: String,
        timeout: Duration,
    },
    #[error("could not wait for {label}: {source}")]
    Wait {
        label: String,
        #[source]
        source: std::io::Error,
    },
}

/// Which stream a line came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// What a finished child printed, line by line, in the order the lines arrived.
#[derive(Debug)]
pub struct Finished {
    pub status: ExitStatus,
    pub lines: Vec<(Stream, String)>,
}

impl Finished {
    pub fn success(&self) -> bool {
        self.status.success()
    }

    pub fn stdout(&self) -> String {
        self.joined(|s| s == Stream::Stdout)
    }

    pub fn stderr(&self) -> String {
        self.joined(|s| s == Stream::Stderr)
    }

    /// The module a `python -m <module>` could not find ("No module named pytest"): the tool
    /// did not run at all, whatever its exit status would otherwise mean.
    pub fn missing_module(&self) -> Option<String> {
        self.lines.iter().find_map(|(stream, line)| {
            let rest = line.split_once("No module named ")?.1;
            (*stream == Stream::Stderr).then(|| rest.trim().trim_matches(['\'', '"']).to_string())
        })
    }

    /// Both streams interleaved, as a person at a terminal would have seen them.
    pub fn combined(&self) -> String {
        self.joined(|_| true)
    }

    fn joined(&self, keep: impl Fn(Stream) -> bool) -> String {
        let mut text = String::new();
        for (stream, line) in &self.lines {
            if keep(*stream) {
                text.push_str(line);
                text.push('\n');
            }
        }
        text
    }
}

/// A command, a human name for it (used in every error), and how long it may take.
pub struct Job {
    pub label: String,
    pub command: Command,
    pub timeout: Duration,
    /// Print each line as it arrives (for long runs whose progress a person watches).
    pub echo: bool,
    /// Called every so often while the child runs, with the time since it started (for a live
    /// "still running" line).
    heartbeat: Option<(Duration, Heartbeat)>,
    /// Hears each line as it arrives (for a tool whose progress is worth showing, such as pip).
    on_line: Option<Hear>,
    /// Both streams through one pipe (all lines read as stdout), in the order they were written.
    merged: bool,
}

type Heartbeat = Box<dyn FnMut(Duration)>;
type Hear = Box<dyn FnMut(Stream, &str)>;

impl std::fmt::Debug for Job {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Job")
            .field("label", &self.label)
            .field("command", &self.command)
            .field("timeout", &self.timeout)
            .field("echo", &self.echo)
            .finish_non_exhaustive()
    }
}

impl Job {
    pub fn new(label: impl Into<String>, command: Command, timeout: Duration) -> Self {
        Job {
            label: label.into(),
            command,
            timeout,
            echo: false,
            heartbeat: None,
            on_line: None,
            merged: false,
        }
    }

    /// Reads stdout and stderr through one pipe, so that lines keep the order in which the child
    /// wrote them: `cargo test` writes its `Running <binary>` lines to stderr and libtest writes
    /// the results to stdout, and two pipes read by two threads can swap them under load (a
    /// result then lands under the wrong test binary). Every line is then reported as stdout.
    pub fn merged(mut self) -> Self {
        self.merged = true;
        self
    }

    /// Calls `tell` every `every` while the child runs, with the time it has been running.
    pub fn heartbeat(mut self, every: Duration, tell: impl FnMut(Duration) + 'static) -> Self {
        self.heartbeat = Some((every, Box::new(tell)));
        self
    }

    /// Calls `hear` with each line the child prints, as it arrives.
    pub fn on_line(mut self, hear: impl FnMut(Stream, &str) + 'static) -> Self {
        self.on_line = Some(Box::new(hear));
        self
    }

    pub fn echo(mut self, echo: bool) -> Self {
        self.echo = echo;
        self
    }

    pub fn cwd(mut self, dir: impl Into<PathBuf>) -> Self {
        self.command.current_dir(dir.into());
        self
    }

    /// Runs the job to completion or kills it (with all its children) at the deadline.
    pub fn run(mut self) -> Result<Finished, ProcessError> {
        let shown = describe(&self.command);
        self.command.stdin(Stdio::null());
        let spawn_error = |label: &str, command: &Command, source| ProcessError::Spawn {
            label: label.to_string(),
            program: command.get_program().to_string_lossy().into_owned(),
            source,
        };
        let merged = if self.merged {
            let (reader, writer) =
                std::io::pipe().map_err(|e| spawn_error(&self.label, &self.command, e))?;
            let second = writer
                .try_clone()
                .map_err(|e| spawn_error(&self.label, &self.command, e))?;
            self.command.stdout(writer).stderr(second);
            Some(reader)
        } else {
            self.command.stdout(Stdio::piped()).stderr(Stdio::piped());
            None
        };
        // Its own process group, so that a timeout also ends what it spawned (cargo's rustc,
        // pytest's interpreter) and no grandchild keeps our pipes open.
        own_group(&mut self.command);
        let mut child = crate::interrupt::spawn_recorded(&mut self.command).map_err(|source| {
            ProcessError::Spawn {
                label: self.label.clone(),
                program: self.command.get_program().to_string_lossy().into_owned(),
                source,
            }
        })?;
        if merged.is_some() {
            // Our copies of the pipe's write end: closed, so the reader sees the child's end.
            self.command.stdout(Stdio::null()).stderr(Stdio::null());
        }
        let pid = child.id();
        let result = self.wait(&mut child, merged, shown);
        crate::interrupt::forget(pid);
        result
    }

    fn wait(
        &mut self,
        child: &mut Child,
        merged: Option<std::io::PipeReader>,
        shown: String,
    ) -> Result<Finished, ProcessError> {
        let (tx, rx) = mpsc::channel();
        if let Some(both) = merged {
            forward(both, Stream::Stdout, tx.clone());
        }
        if let Some(out) = child.stdout.take() {
            forward(out, Stream::Stdout, tx.clone());
        }
        if let Some(err) = child.stderr.take() {
            forward(err, Stream::Stderr, tx.clone());
        }
        // The readers hold the only senders now: the channel closes when every pipe has.
        drop(tx);

        let started = Instant::now();
        let deadline = started + self.timeout;
        let mut lines = Vec::new();
        // The first beat at once (a listener that wants quiet first waits for it itself).
        let mut next_beat = self.heartbeat.as_ref().map(|_| started);
        loop {
            let now = Instant::now();
            if let (Some(beat), Some((every, tell))) = (next_beat, self.heartbeat.as_mut())
                && now >= beat
            {
                tell(now - started);
                next_beat = Some(now + *every);
            }
            let until = next_beat.map_or(deadline, |beat| beat.min(deadline));
            match rx.recv_timeout(until.saturating_duration_since(now)) {
                Ok((stream, line)) => {
                    if let Some(hear) = self.on_line.as_mut() {
                        hear(stream, &line);
                    }
                    if self.echo {
                        match stream {
                            Stream::Stdout => println!("{line}"),
                            Stream::Stderr => eprintln!("{line}"),
                        }
                    }
                    lines.push((stream, line));
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
                Err(mpsc::RecvTimeoutError::Timeout) if Instant::now() >= deadline => {
                    return Err(self.killed(child, shown));
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
            }
        }
        // Both pipes are closed; the child is exiting or has exited.
        loop {
            match child.try_wait() {
                Ok(Some(status)) => return Ok(Finished { status, lines }),
                Ok(None) if Instant::now() >= deadline => {
                    return Err(self.killed(child, shown));
                }
                Ok(None) => thread::sleep(Duration::from_millis(10)),
                Err(source) => {
                    return Err(ProcessError::Wait {
                        label: self.label.clone(),
                        source,
                    });
                }
            }
        }
    }

    /// Runs the job with its output discarded and returns its status and its time from spawn to
    /// exit, for benchmarks: a blocking `wait` on this thread (no polling delay in the figure),
    /// while a watchdog thread, started before the clock, kills the process group at the
    /// deadline.
    pub fn time(mut self) -> Result<(ExitStatus, Duration), ProcessError> {
        let shown = describe(&self.command);
        self.command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        own_group(&mut self.command);
        let (started_tx, started_rx) = mpsc::channel::<u32>();
        let (done_tx, done_rx) = mpsc::channel::<()>();
        let timeout = self.timeout;
        let watchdog = thread::spawn(move || {
            let Ok(pid) = started_rx.recv() else {
                return false;
            };
            match done_rx.recv_timeout(timeout) {
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    kill_pid_group(pid);
                    true
                }
                _ => false,
            }
        });
        let start = Instant::now();
        let spawned = crate::interrupt::spawn_recorded(&mut self.command);
        let mut child = match spawned {
            Ok(child) => child,
            Err(source) => {
                drop(started_tx);
                let _ = watchdog.join();
                return Err(ProcessError::Spawn {
                    label: self.label.clone(),
                    program: self.command.get_program().to_string_lossy().into_owned(),
                    source,
                });
            }
        };
        let pid = child.id();
        let _ = started_tx.send(pid);
        let status = child.wait();
        let elapsed = start.elapsed();
        crate::interrupt::forget(pid);
        let _ = done_tx.send(());
        let fired = watchdog.join().unwrap_or(false);
        if fired {
            return Err(ProcessError::Timeout {
                label: self.label.clone(),
                command: shown,
                timeout: self.timeout,
            });
        }
        let status = status.map_err(|source| ProcessError::Wait {
            label: self.label.clone(),
            source,
        })?;
        Ok((status, elapsed))
    }

    fn killed(&self, child: &mut Child, command: String) -> ProcessError {
        kill_group(child);
        ProcessError::Timeout {
            label: self.label.clone(),
            command,
            timeout: self.timeout,
        }
    }
}

fn forward(stream: impl Read + Send + 'static, which: Stream, tx: mpsc::Sender<(Stream, String)>) {
    thread::spawn(move || {
        let mut reader = BufReader::new(stream);
        let mut buf = Vec::new();
        // Bytes, not `lines()`: a tool printing invalid UTF-8 must not cut its output short.
        while matches!(reader.read_until(b'\n', &mut buf), Ok(n) if n > 0) {
            let line = String::from_utf8_lossy(&buf);
            let line = line.trim_end_matches(['\n', '\r']).to_string();
            if tx.send((which, line)).is_err() {
                return;
            }
            buf.clear();
        }
    });
}

/// The cargo that runs us (cargo sets CARGO for `cargo run` and build scripts), else the one on
/// PATH.
pub fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

/// The command as a person would type it, for error messages.
pub fn describe(command: &Command) -> String {
    let mut shown = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        let arg = arg.to_string_lossy();
        if arg.contains(' ') {
            shown.push_str(&format!(" '{arg}'"));
        } else {
            shown.push(' ');
            shown.push_str(&arg);
        }
    }
    shown
}

#[cfg(test)]
mod tests;
