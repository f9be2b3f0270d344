//! One source file compiled as a program by rustc alone, without cargo: for the claims that only
//! a whole process shows (build flags, warnings, what is written to stdout and stderr).

use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

use crate::run_with_timeout;

/// Long enough for a release build on a loaded two-core machine; only a hung rustc meets it.
const DEADLINE: Duration = Duration::from_secs(120);

/// `rustc --edition 2024 <flags> -o <binary> <source>`, to its end; the compiler is `$RUSTC`
/// when set (cargo sets it for the tests it runs), else the `rustc` on PATH. Panics only when
/// rustc cannot be started or hangs: a failed build is the caller's to read from the output.
pub fn rustc(source: &Path, binary: &Path, flags: &[&str]) -> Output {
    let mut command = Command::new(std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into()));
    command
        .args(["--edition", "2024"])
        .args(flags)
        .arg("-o")
        .arg(binary)
        .arg(source);
    run_with_timeout(command, DEADLINE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Scratch;

    #[test]
    fn a_program_is_built_with_the_flags_given_and_a_broken_one_is_reported() {
        let scratch = Scratch::new("harness-rustc");
        scratch.write("ok.rs", "fn main() { let unused = 1; }\n");
        let binary = scratch.path().join("ok");
        let built = rustc(&scratch.path().join("ok.rs"), &binary, &[]);
        assert!(built.status.success());
        assert!(String::from_utf8_lossy(&built.stderr).contains("unused variable"));
        assert!(binary.is_file());
        let denied = rustc(&scratch.path().join("ok.rs"), &binary, &["-D", "warnings"]);
        assert!(!denied.status.success());
    }
}
