//! The machine a report was measured on: a figure means nothing without it.

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::BenchError;
use crate::process::Job;
use crate::python::PythonEnv;

const QUICK: Duration = Duration::from_secs(60);

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Machine {
    pub cpu: String,
    /// What this process may use (`available_parallelism`), the bound of any parallel speedup.
    pub cores: usize,
    /// "cpu MHz" of /proc/cpuinfo: the nominal clock (the CPU may boost above it, or idle below).
    pub nominal_mhz: Option<f64>,
    pub os: String,
    pub rustc: String,
    pub python_version: String,
    pub python_implementation: String,
    /// The interpreter the venv links to, resolved: the real binary, never a shim.
    pub python_real_path: String,
    /// `true` unless this is a free-threaded build running without its GIL.
    pub gil_enabled: bool,
    pub gil: String,
}

impl Machine {
    /// One line for the table and the README.
    pub fn line(&self) -> String {
        let clock = self
            .nominal_mhz
            .map(|mhz| format!(" at {mhz:.0} MHz nominal"))
            .unwrap_or_default();
        format!(
            "{}, {} cores{clock}, {}; {}; {} {} ({}), {}",
            self.cpu,
            self.cores,
            self.os,
            self.rustc,
            self.python_implementation,
            self.python_version,
            self.python_real_path,
            self.gil
        )
    }
}

/// The system's load averages over 1, 5 and 15 minutes (Linux's `/proc/loadavg`): runnable
/// processes competing for the cores. Above the core count, other work shares the machine with
/// the benchmark, and its figures say so.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LoadAverage {
    pub one: f64,
    pub five: f64,
    pub fifteen: f64,
}

impl LoadAverage {
    /// Now, or `None` where the system does not say (no `/proc/loadavg`).
    pub fn now() -> Option<LoadAverage> {
        LoadAverage::parse(&fs::read_to_string("/proc/loadavg").ok()?)
    }

    fn parse(text: &str) -> Option<LoadAverage> {
        let mut fields = text.split_whitespace().map(|f| f.parse::<f64>().ok());
        Some(LoadAverage {
            one: fields.next()??,
            five: fields.next()??,
            fifteen: fields.next()??,
        })
    }
}

impl std::fmt::Display for LoadAverage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:.2} {:.2} {:.2}", self.one, self.five, self.fifteen)
    }
}

/// The load when a run started and when it ended, in words, with the core count beside it.
pub fn load_line(start: Option<LoadAverage>, end: Option<LoadAverage>, cores: usize) -> String {
    let show = |load: Option<LoadAverage>| load.map_or_else(|| "unknown".into(), |l| l.to_string());
    format!(
        "load average (1, 5, 15 min) {} at the start, {} at the end, on {cores} cores",
        show(start),
        show(end)
    )
}

#[derive(Debug, Deserialize)]
struct PythonFacts {
    version: String,
    implementation: String,
    /// `sys._is_gil_enabled()`, which exists from 3.13 on.
    gil_enabled: Option<bool>,
    /// `sysconfig.get_config_var("Py_GIL_DISABLED")`: 1 on a free-threaded build.
    free_threaded_build: Option<i64>,
}

const PYTHON_FACTS: &str = "\
import json, platform, sys, sysconfig
is_gil = getattr(sys, '_is_gil_enabled', None)
print(json.dumps({
    'version': platform.python_version(),
    'implementation': platform.python_implementation(),
    'gil_enabled': is_gil() if is_gil else None,
    'free_threaded_build': sysconfig.get_config_var('Py_GIL_DISABLED'),
}))";

pub fn detect(env: &PythonEnv) -> Result<Machine, BenchError> {
    let cpuinfo = fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let field = |name: &str| {
        cpuinfo.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            (key.trim() == name).then(|| value.trim().to_string())
        })
    };
    let cpu = field("model name")
        .or_else(|| field("Hardware"))
        .unwrap_or_else(|| format!("unknown {} CPU", std::env::consts::ARCH));
    let nominal_mhz = field("cpu MHz").and_then(|mhz| mhz.parse().ok());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let kernel = fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default();
    let os = format!(
        "{} {} {}",
        std::env::consts::OS,
        kernel.trim(),
        std::env::consts::ARCH
    )
    .replace("  ", " ");

    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let mut command = Command::new(&rustc);
    command.arg("-V");
    let done = Job::new("rustc -V", command, QUICK).run()?;
    let rustc = done.stdout().trim().to_string();

    let done = Job::new(
        "the Python interpreter (version and GIL)",
        env.command(["-c", PYTHON_FACTS]),
        QUICK,
    )
    .run()?;
    let facts: PythonFacts =
        serde_json::from_str(done.stdout().trim()).map_err(|e| BenchError::Failed {
            bench: "machine".into(),
            message: format!(
                "could not read the interpreter's version and GIL status ({e}): {}",
                done.combined()
            ),
        })?;
    let real = real_interpreter(&env.python)?;
    let free_threaded = facts.free_threaded_build == Some(1);
    let gil_enabled = facts.gil_enabled.unwrap_or(true);
    let gil = match (free_threaded, gil_enabled) {
        (false, _) => "GIL: yes (a default build; it has no free-threaded mode)".to_string(),
        (true, true) => "GIL: yes (a free-threaded build with the GIL turned back on)".to_string(),
        (true, false) => "GIL: no (a free-threaded build)".to_string(),
    };
    Ok(Machine {
        cpu,
        cores,
        nominal_mhz,
        os,
        rustc,
        python_version: facts.version,
        python_implementation: facts.implementation,
        python_real_path: real,
        gil_enabled,
        gil,
    })
}

/// The venv's `python` resolved to the binary it links to. A pyenv shim is a shell script that
/// starts another process (tens of milliseconds): timing it would blame Python for pyenv.
pub fn real_interpreter(python: &Path) -> Result<String, BenchError> {
    let real = fs::canonicalize(python).map_err(|e| BenchError::Failed {
        bench: "machine".into(),
        message: format!("cannot resolve the interpreter {}: {e}", python.display()),
    })?;
    let head = fs::read(&real)
        .map(|bytes| bytes.into_iter().take(2).collect::<Vec<u8>>())
        .unwrap_or_default();
    if head == b"#!" || real.components().any(|c| c.as_os_str() == "shims") {
        return Err(BenchError::Failed {
            bench: "machine".into(),
            message: format!(
                "{} resolves to {}, a script (a pyenv shim?), not an interpreter: start-up \
                 times would include the shim. Point PYTHON at the real binary \
                 (e.g. `pyenv which python3`) and run again.",
                python.display(),
                real.display()
            ),
        });
    }
    Ok(real.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn load_average_is_read_from_the_first_three_fields_of_proc_loadavg() {
        let load = LoadAverage::parse("6.57 6.31 6.01 1/104 11092\n").unwrap();
        assert_eq!(
            load,
            LoadAverage {
                one: 6.57,
                five: 6.31,
                fifteen: 6.01
            }
        );
        assert_eq!(
            load_line(Some(load), None, 2),
            "load average (1, 5, 15 min) 6.57 6.31 6.01 at the start, unknown at the end, on 2 cores"
        );
        assert_eq!(LoadAverage::parse("6.57 busy"), None);
    }
}
