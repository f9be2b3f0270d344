//! `startup`: spawn-to-exit times, from outside, over many spawns: a chapter binary against the
//! Python interpreter bare and importing a real, heavy set of packages. The interpreter is the
//! venv's `python`, a link to the real binary (never a pyenv shim, which would add its own
//! start-up: [`super::machine::real_interpreter`] refuses one).

use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use super::stats::{Stats, Unit, seconds};
use super::verdict::{self, Ruled};
use super::{Bench, BenchError, Ctx, Row, failed};
use crate::ledger::Verdict;
use crate::process::{Job, describe};

pub(super) const NAME: &str = "startup";
const TIMEOUT: Duration = Duration::from_secs(60);
/// Untimed spawns before each series: the first start reads the files from disk.
const WARM_UP: usize = 3;

/// One command to time: what it is, how often, and the command itself.
struct Probe {
    case: String,
    series: &'static str,
    spawns: usize,
    command: Command,
}

pub fn run(ctx: &mut Ctx<'_>) -> Result<Bench, BenchError> {
    let real = super::machine::real_interpreter(&ctx.env.python)?;
    // The tour, `src/main.rs`: the binary named after the chapter's package.
    let profile = if ctx.release() { "release" } else { "debug" };
    let binary = ctx.ws.target_dir().join(profile).join(&ctx.chapter.package);
    if !binary.is_file() {
        return Err(failed(
            NAME,
            format!("the chapter's binary {} was not built", binary.display()),
        ));
    }
    let scale = |full: usize| if ctx.quick { 2 } else { full };
    let python = |args: &[&str]| ctx.env.command(args);
    let mut rust = Command::new(&binary);
    rust.arg("--help");
    let heavy = "import numpy; from pydantic import BaseModel";
    // `true` does nothing: its spawn-to-exit is the operating system's share of every row.
    let mut floor = Command::new("true");
    floor.current_dir(&ctx.ws.root);
    let mut probes = vec![
        Probe {
            case: "true (a C program that does nothing)".into(),
            series: "OS floor",
            spawns: scale(200),
            command: floor,
        },
        Probe {
            case: format!("{} --help", ctx.chapter.package),
            series: "Rust",
            spawns: scale(200),
            command: rust,
        },
        Probe {
            case: "python -I -S -c pass".into(),
            series: "Python",
            spawns: scale(100),
            command: python(&["-I", "-S", "-c", "pass"]),
        },
        Probe {
            case: "python -c pass".into(),
            series: "Python",
            spawns: scale(100),
            command: python(&["-c", "pass"]),
        },
        Probe {
            case: "python -c 'from pydantic import BaseModel'".into(),
            series: "Python",
            spawns: scale(40),
            command: python(&["-c", "from pydantic import BaseModel"]),
        },
        Probe {
            case: format!("python -c '{heavy}'"),
            series: "Python",
            spawns: scale(30),
            command: python(&["-c", heavy]),
        },
    ];

    let watchdog = Watchdog::start();
    let mut rows = Vec::new();
    for probe in &mut probes {
        // Once through the ordinary machinery: it must work before it is worth timing.
        let shown = describe(&probe.command);
        let mut check = Command::new(probe.command.get_program());
        check.args(probe.command.get_args());
        for (key, value) in probe.command.get_envs() {
            match value {
                Some(v) => check.env(key, v),
                None => check.env_remove(key),
            };
        }
        if let Some(dir) = probe.command.get_current_dir() {
            check.current_dir(dir);
        }
        let done = Job::new(format!("`{shown}`"), check, TIMEOUT).run()?;
        if !done.success() {
            return Err(failed(
                NAME,
                format!(
                    "`{shown}` failed, so its start-up cannot be timed:\n{}",
                    done.combined()
                ),
            ));
        }
        ctx.say(&format!("{NAME}: {} × `{}`…", probe.spawns, probe.case));
        probe
            .command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let warm_up = if ctx.quick { 0 } else { WARM_UP };
        let mut samples = Vec::with_capacity(probe.spawns);
        for i in 0..warm_up + probe.spawns {
            let seconds = watchdog.time(&mut probe.command, &shown)?;
            if i >= warm_up {
                samples.push(seconds);
            }
        }
        let stats = Stats::of(&samples).ok_or_else(|| failed(NAME, "no spawns were timed"))?;
        rows.push(Row {
            case: probe.case.clone(),
            series: probe.series.into(),
            stats,
            result: format!("exit 0 × {}", probe.spawns),
            detail: match probe.series {
                "Python" => format!("{} spawns of {real}", probe.spawns),
                "Rust" => format!("{} spawns of {}", probe.spawns, ctx.ws.relative(&binary)),
                _ => format!(
                    "{} spawns: process creation, which every row pays",
                    probe.spawns
                ),
            },
        });
    }
    drop(watchdog);

    let median = |i: usize| rows[i].stats.median;
    let (floor, rust, isolated, bare, pydantic, heavy_start) = (
        median(0),
        median(1),
        median(2),
        median(3),
        median(4),
        median(5),
    );
    let claims = vec![
        verdict::row(
            ctx.ledger,
            "deploy/rust-startup",
            "< 1 ms",
            &format!(
                "{} spawn to exit (median of {}); the OS floor (`true`) is {}",
                seconds(rust),
                rows[1].stats.samples,
                seconds(floor)
            ),
            rust_rule(rust, floor),
        ),
        verdict::row(
            ctx.ledger,
            "deploy/python-startup",
            "200–500 ms for import-heavy apps",
            &format!(
                "bare {} (-I -S {}); pydantic {}; numpy + pydantic {}",
                ms(bare),
                ms(isolated),
                ms(pydantic),
                ms(heavy_start)
            ),
            python_rule(bare, heavy_start),
        ),
    ];
    Ok(Bench {
        name: NAME,
        title: "start-up: spawn to exit, timed from outside".into(),
        input: format!(
            "each command spawned many times in a row (after {} untimed), output discarded; \
             Python is {real}",
            if ctx.quick { 0 } else { WARM_UP }
        ),
        unit: Unit::Seconds,
        rows,
        figures: Vec::new(),
        claims,
        notes: vec![
            "Spawn-to-exit includes the operating system's process creation, which no program \
             can avoid; `-I -S` skips site-packages and the environment (the interpreter's floor)."
                .into(),
        ],
    })
}

fn ms(s: f64) -> String {
    format!("{:.0} ms", s * 1e3)
}

/// Under 1 ms spawn to exit holds; so does a binary whose time above the OS floor (what `true`
/// takes, process creation itself) is under 1 ms.
fn rust_rule(median: f64, floor: f64) -> Ruled {
    let own = median - floor;
    Some(if median < 1e-3 {
        (
            Verdict::Holds,
            format!(
                "{} < 1 ms, process creation included (rule)",
                seconds(median)
            ),
        )
    } else if own < 1e-3 {
        (
            Verdict::Holds,
            format!(
                "{} spawn to exit, of which {} is the OS's (`true` takes as long): the binary's \
                 own start-up is {} < 1 ms (rule: above the floor, < 1 ms holds)",
                seconds(median),
                seconds(floor),
                seconds(own.max(0.0))
            ),
        )
    } else if own < 5e-3 {
        (
            Verdict::Refined,
            format!(
                "{} above the OS floor: a few ms (rule: 1–5 ms above the floor refines)",
                seconds(own)
            ),
        )
    } else {
        (
            Verdict::Erratum,
            format!(
                "{} above the OS floor (rule: ≥ 5 ms is an erratum)",
                seconds(own)
            ),
        )
    })
}

/// The claim is about import-heavy apps: the heavy set must land in 200–500 ms to hold it, and
/// when the bare interpreter starts far faster, the cost is the imports, not Python's start-up.
fn python_rule(bare: f64, heavy: f64) -> Ruled {
    let in_range = (0.2..=0.5).contains(&heavy);
    Some(match (in_range, bare >= 0.2) {
        (true, true) => (
            Verdict::Holds,
            format!(
                "the import-heavy start, {}, lies in 200–500 ms (rule)",
                ms(heavy)
            ),
        ),
        (true, false) => (
            Verdict::Refined,
            format!(
                "the import-heavy start ({}) lies in 200–500 ms, but the interpreter itself starts \
                 in {}: the time is the imports' (rule: heavy in range, bare below it, refines)",
                ms(heavy),
                ms(bare)
            ),
        ),
        (false, _) => (
            Verdict::Refined,
            format!(
                "the import-heavy set starts in {} and the bare interpreter in {}: the figure \
                 depends on what the app imports (rule: outside 200–500 ms refines)",
                ms(heavy),
                ms(bare)
            ),
        ),
    })
}

/// Times spawns with a plain blocking `wait` (no polling delay in the figure), while a thread
/// kills any child that outlives [`TIMEOUT`]: every child has a deadline.
struct Watchdog {
    slot: Arc<Mutex<Option<(u32, Instant)>>>,
    fired: Arc<AtomicBool>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Watchdog {
    fn start() -> Watchdog {
        let slot: Arc<Mutex<Option<(u32, Instant)>>> = Arc::default();
        let (fired, stop) = (
            Arc::new(AtomicBool::new(false)),
            Arc::new(AtomicBool::new(false)),
        );
        let thread = {
            let (slot, fired, stop) = (slot.clone(), fired.clone(), stop.clone());
            thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    thread::sleep(Duration::from_millis(50));
                    let mut current = slot.lock().unwrap_or_else(|e| e.into_inner());
                    if let Some((pid, deadline)) = *current
                        && Instant::now() >= deadline
                    {
                        let _ = Command::new("kill")
                            .args(["-KILL", &pid.to_string()])
                            .stdout(Stdio::null())
                            .stderr(Stdio::null())
                            .status();
                        fired.store(true, Ordering::Relaxed);
                        *current = None;
                    }
                }
            })
        };
        Watchdog {
            slot,
            fired,
            stop,
            thread: Some(thread),
        }
    }

    /// One spawn, timed from before `spawn` to after `wait`.
    fn time(&self, command: &mut Command, shown: &str) -> Result<f64, BenchError> {
        let start = Instant::now();
        let mut child = command
            .spawn()
            .map_err(|e| failed(NAME, format!("cannot start `{shown}`: {e}")))?;
        *self.slot.lock().unwrap_or_else(|e| e.into_inner()) = Some((child.id(), start + TIMEOUT));
        let status = child.wait();
        let elapsed = start.elapsed().as_secs_f64();
        *self.slot.lock().unwrap_or_else(|e| e.into_inner()) = None;
        if self.fired.swap(false, Ordering::Relaxed) {
            return Err(failed(
                NAME,
                format!(
                    "`{shown}` did not exit within {} s and was killed",
                    TIMEOUT.as_secs()
                ),
            ));
        }
        match status {
            Ok(s) if s.success() => Ok(elapsed),
            Ok(s) => Err(failed(NAME, format!("`{shown}` exited with {s}"))),
            Err(e) => Err(failed(NAME, format!("could not wait for `{shown}`: {e}"))),
        }
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
