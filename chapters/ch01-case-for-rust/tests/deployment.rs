//! Section 4: what a Rust binary needs on the machine, read from its own ELF headers (not from
//! `ldd`'s text). Ledger: `deploy/static-binary`; the sizes printed here illustrate
//! `deploy/binary-size`, which `cargo xtask bench` measures.
//!
//! The chapter's `deployment` demo is built twice in release, each in its own target directory
//! under target/textbook/: as cargo builds it by default, and with the C runtime linked in
//! (`-C target-feature=+crt-static`). The first run compiles the dependencies twice: minutes.
#![cfg(target_os = "linux")]

use std::fs::{self};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;
use std::time::Duration;

use chapter_01::deployment::elf::{self, ElfFacts};
use chapter_01::deployment::human_bytes;
use textbook_harness::{Scratch, run_with_timeout, try_run_with_timeout};

const BUILD_TIMEOUT: Duration = Duration::from_secs(40 * 60);
const RUN_TIMEOUT: Duration = Duration::from_secs(60);
const CRT_STATIC: &str = "-C target-feature=+crt-static";

/// The triple cargo builds for by default, from `cargo -vV`.
fn host_triple() -> Result<String, String> {
    let out = Command::new(env!("CARGO"))
        .arg("-vV")
        .output()
        .map_err(|e| format!("cargo -vV: {e}"))?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|line| line.strip_prefix("host: ").map(str::to_string))
        .ok_or_else(|| "cargo -vV names no host".to_string())
}

/// `cargo build --release --bin deployment` into target/textbook/<dir>; the binary's path.
fn build(dir: &str, static_crt: bool) -> Result<PathBuf, String> {
    // Where the xtask keeps its scratch files too: <target>/textbook (CARGO_TARGET_TMPDIR is
    // <target>/tmp, wherever the target directory is).
    let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("../textbook")
        .join(dir);
    fs::create_dir_all(&target_dir).map_err(|e| format!("{}: {e}", target_dir.display()))?;

    let mut cargo = Command::new(env!("CARGO"));
    cargo
        .args([
            "build",
            "--release",
            "--package",
            "chapter-01",
            "--bin",
            "deployment",
        ])
        .arg("--target-dir")
        .arg(&target_dir)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        // Whatever flags the outer build had must not leak into either of these builds.
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_BUILD_RUSTFLAGS")
        .env_remove("CARGO_BUILD_TARGET")
        .env_remove("RUSTFLAGS");
    let binary = if static_crt {
        // With an explicit --target, RUSTFLAGS reach only the target's crates, not the proc
        // macros (serde_derive) built for the host: a proc macro cannot be linked crt-static.
        let host = host_triple()?;
        cargo.env("RUSTFLAGS", CRT_STATIC).args(["--target", &host]);
        target_dir.join(host).join("release/deployment")
    } else {
        target_dir.join("release/deployment")
    };
    // The harness's deadline kills cargo's whole process group (its rustc children too).
    let built = try_run_with_timeout(cargo, BUILD_TIMEOUT).map_err(|e| e.to_string())?;
    if !built.status.success() {
        let log = String::from_utf8_lossy(&built.stderr);
        return Err(format!(
            "cargo build ({dir}) failed: {}\n{log}",
            built.status
        ));
    }
    Ok(binary)
}

fn default_build() -> &'static Path {
    static BINARY: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    match BINARY.get_or_init(|| build("release-default", false)) {
        Ok(path) => path,
        Err(e) => panic!("{e}"),
    }
}

fn crt_static_build() -> &'static Path {
    static BINARY: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    match BINARY.get_or_init(|| build("crt-static", true)) {
        Ok(path) => path,
        Err(e) => panic!("{e}"),
    }
}

fn read_elf(binary: &Path) -> ElfFacts {
    let bytes = fs::read(binary).unwrap_or_else(|e| panic!("{}: {e}", binary.display()));
    println!("{}: {}", binary.display(), human_bytes(bytes.len() as u64));
    elf::read(&bytes).unwrap_or_else(|e| panic!("{}: {e}", binary.display()))
}

#[test]
fn default_release_build_needs_the_loader_and_libc() {
    let facts = read_elf(default_build());
    println!("{facts:?}");
    let loader = facts.interpreter.as_deref().unwrap_or_default();
    assert!(loader.contains("ld-linux"), "interpreter: {loader:?}");
    assert!(
        facts.needed.iter().any(|lib| lib == "libc.so.6"),
        "{facts:?}"
    );
    assert!(
        facts.needed.iter().any(|lib| lib.starts_with("libgcc_s")),
        "{facts:?}"
    );
}

#[test]
fn crt_static_build_needs_no_loader_and_no_library() {
    let binary = crt_static_build();
    assert!(binary.is_file(), "{}", binary.display());
    let facts = read_elf(binary);
    println!("{facts:?}");
    assert_eq!(facts.interpreter, None);
    assert_eq!(facts.needed, Vec::<String>::new());
    // Still position independent: a static-pie executable relocates itself at start.
    assert_eq!(facts.file_type, elf::FileType::PositionIndependent);
}

/// `name` found on PATH or in the system's sbin folders (the child's environment is emptied,
/// so the lookup cannot be left to it).
fn find_program(name: &str) -> PathBuf {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain(["/usr/sbin", "/sbin", "/usr/bin", "/bin"].map(PathBuf::from))
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
        .unwrap_or_else(|| panic!("{name} is not installed"))
}

/// Runs `binary` as the only file of an otherwise empty root directory (`chroot`, or
/// `unshare -r chroot` where the test is not root): no loader, no libc, no /proc, nothing.
fn run_in_an_empty_root(binary: &Path, name: &str) -> Output {
    let scratch = Scratch::new(&format!("ch01-root-{name}"));
    let root = scratch.path();
    fs::copy(binary, root.join("program")).unwrap();
    let attempt = |prefix: &[&str]| {
        let mut command = Command::new(find_program(prefix[0]));
        command
            .args(&prefix[1..])
            .arg(root)
            .args(["/program", "--json"]);
        command.env_clear();
        run_with_timeout(command, RUN_TIMEOUT)
    };
    let mut output = attempt(&["chroot"]);
    if String::from_utf8_lossy(&output.stderr).contains("Operation not permitted") {
        output = attempt(&["unshare", "--user", "--map-root-user", "chroot"]);
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !stderr.contains("Operation not permitted") && !stderr.contains("cannot change root"),
        "this test needs chroot (root, or unprivileged user namespaces): {stderr}"
    );
    output
}

/// "Copy it anywhere" taken literally: into a root directory that holds nothing else. The
/// crt-static build runs there; the default build cannot even start (its loader is missing),
/// although both run from an empty directory of an ordinary system.
#[test]
fn crt_static_build_runs_in_an_empty_root_where_the_default_build_cannot() {
    let alone = run_in_an_empty_root(crt_static_build(), "static");
    let stdout = String::from_utf8_lossy(&alone.stdout).into_owned();
    assert!(alone.status.success(), "{alone:?}");
    let result = |case: &str| -> String {
        stdout
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .find(|line| line["case"] == case)
            .and_then(|line| line["result"].as_str().map(str::to_string))
            .unwrap_or_else(|| panic!("no `{case}` line in:\n{stdout}"))
    };
    assert!(result("program").contains("release build"), "{stdout}");
    assert!(result("runtime").starts_with("nothing more"), "{stdout}");

    let dynamic = run_in_an_empty_root(default_build(), "default");
    let stderr = String::from_utf8_lossy(&dynamic.stderr);
    println!(
        "the default build in an empty root: {:?}, {stderr}",
        dynamic.status.code()
    );
    assert_eq!(dynamic.status.code(), Some(127), "{dynamic:?}");
    assert!(stderr.contains("No such file or directory"), "{stderr}");
    assert!(dynamic.stdout.is_empty(), "{dynamic:?}");
}

/// The caveat of a static glibc: name lookups go through NSS, whose modules are shared
/// libraries loaded at run time. The linker says so when a static program uses `getaddrinfo`.
#[test]
fn static_glibc_still_needs_its_shared_nss_libraries_for_name_lookups() {
    let scratch = Scratch::new("ch01-static-nss");
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/native/name_lookup.c");
    let mut gcc = Command::new("gcc");
    gcc.args(["-static", "-O2", "-o"])
        .arg(scratch.path().join("name_lookup"))
        .arg(&source);
    let built = run_with_timeout(gcc, RUN_TIMEOUT);
    let warnings = String::from_utf8_lossy(&built.stderr);
    assert!(built.status.success(), "gcc -static failed: {warnings}");
    assert!(
        warnings.contains(
            "Using 'getaddrinfo' in statically linked applications requires at runtime the \
             shared libraries from the glibc version used for linking"
        ),
        "{warnings}"
    );
}
