//! Section 4, deployment. What does a program need on a machine before its first line runs?
//! A Rust program answers by reading its own executable (an ELF file on Linux): the dynamic
//! loader it asks the kernel for, and the shared libraries that loader must find. A default
//! build still needs the system's libc; built with `crt-static` it needs nothing at all, and
//! `tests/deployment.rs` builds it that way, reads its ELF and runs it in an empty directory.
//! The Python twin reads its interpreter's ELF with the same algorithm, and lists what else the
//! interpreter brings: its standard library, the modules it imports, its virtual environment.

pub mod elf;

use std::fs;
use std::path::Path;

use elf::ElfFacts;

use textbook_report::Report;

/// The profile this code was compiled in (release builds are what one would ship).
pub const BUILD_PROFILE: &str = if cfg!(debug_assertions) {
    "debug"
} else {
    "release"
};

/// What the `interpreter` line says when there is no `PT_INTERP`.
pub const NO_INTERPRETER: &str = "none: the kernel starts it directly";
/// What the `needed` line says when there is no `DT_NEEDED` entry.
pub const NO_LIBRARY: &str = "none: no shared library";

/// An executable file and what its ELF headers ask of the system.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Executable {
    pub name: String,
    pub size: u64,
    /// The ELF facts, or why they could not be read (as the demo prints it).
    pub elf: Result<ElfFacts, String>,
}

/// Reads an executable; only a failure to read the file is an `Err`.
pub fn inspect(path: &Path) -> std::io::Result<Executable> {
    let bytes = fs::read(path)?;
    Ok(Executable {
        name: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string()),
        size: bytes.len() as u64,
        elf: elf::read(&bytes).map_err(|e| e.to_string()),
    })
}

/// The running program's own executable.
pub fn inspect_self() -> std::io::Result<Executable> {
    inspect(&std::env::current_exe()?)
}

/// The `interpreter` line, spelled the same way by the Python twin.
pub fn interpreter_line(elf: &Result<ElfFacts, String>) -> String {
    match elf {
        Ok(facts) => facts
            .interpreter
            .clone()
            .unwrap_or_else(|| NO_INTERPRETER.to_string()),
        Err(why) => format!("unknown: {why}"),
    }
}

/// The `needed` line: the libraries in the file's order.
pub fn needed_line(elf: &Result<ElfFacts, String>) -> String {
    match elf {
        Ok(facts) if facts.needed.is_empty() => NO_LIBRARY.to_string(),
        Ok(facts) => facts.needed.join(", "),
        Err(why) => format!("unknown: {why}"),
    }
}

/// `452_112` → `452.1 KB`, `4_321_000` → `4.32 MB` (decimal units, as `ls -h --si` prints).
pub fn human_bytes(bytes: u64) -> String {
    let bytes = bytes as f64;
    if bytes >= 1e6 {
        format!("{:.2} MB", bytes / 1e6)
    } else {
        format!("{:.1} KB", bytes / 1e3)
    }
}

pub fn demo(report: &Report) {
    let me = match inspect_self() {
        Ok(me) => me,
        Err(e) => {
            report.say(format!("(cannot read my own executable: {e})"));
            Executable {
                name: "?".into(),
                size: 0,
                elf: Err(e.to_string()),
            }
        }
    };
    report.say("What each side needs before its first line runs, read from its own executable:");
    report.contrast(
        "program",
        format!(
            "{}, {}, a {BUILD_PROFILE} build",
            me.name,
            human_bytes(me.size)
        ),
        "deploy/binary-size",
    );
    report.result("interpreter", interpreter_line(&me.elf));
    report.contrast("needed", needed_line(&me.elf), "deploy/static-binary");

    report.say("\nWhat the other side brings along, and Rust does not:");
    report.contrast(
        "runtime",
        "nothing more: std and the chapter's code are linked into the executable",
        "deploy/python-image",
    );
    report.contrast(
        "imports",
        "none: its code is in the executable; only the libraries above are loaded",
        "deploy/python-startup",
    );
    report.contrast(
        "virtualenv",
        "not needed: there are no packages to find at run time",
        "deploy/static-binary",
    );

    report.say(
        "\nA default build still asks for the system's loader and libc (above). Built with\n  \
         RUSTFLAGS=\"-C target-feature=+crt-static\" cargo build --release --target <host triple>\n\
         the same demo reports no interpreter and no library: tests/deployment.rs builds it, reads\n\
         its ELF and runs a copy of it with an empty environment.\n\
         Release sizes and start-up times: `cargo xtask bench` (binary_size, startup).\n\
         Not checkable on this machine: a `FROM scratch` image (no container engine) and the musl\n\
         target (not installed, and no toolchain download here).",
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_in_decimal_units() {
        assert_eq!(human_bytes(17_584), "17.6 KB");
        assert_eq!(human_bytes(452_112), "452.1 KB");
        assert_eq!(human_bytes(4_321_000), "4.32 MB");
    }

    #[test]
    fn lines_say_none_when_nothing_is_needed() {
        let facts = Ok(ElfFacts {
            file_type: elf::FileType::PositionIndependent,
            interpreter: None,
            needed: Vec::new(),
        });
        assert_eq!(interpreter_line(&facts), NO_INTERPRETER);
        assert_eq!(needed_line(&facts), NO_LIBRARY);
        let unreadable = Err("not an ELF file".to_string());
        assert_eq!(interpreter_line(&unreadable), "unknown: not an ELF file");
    }
}
