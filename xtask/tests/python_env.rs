//! The reviewer's trust: the Python environment is what requirements.txt pins, or it is
//! repaired, or the run fails naming the fix. Offline: the one pinned package is a wheel made
//! here and installed from a local folder (`--no-index --find-links`).

#![cfg(unix)]

mod fixture;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use fixture::Fixture;
use xtask::python;
use xtask::workspace::Workspace;

/// A minimal wheel of the distribution `textbook-probe` 1.0 in `dir`, whose module is `module`.
fn make_wheel(dir: &Path, module: &str) {
    fs::create_dir_all(dir).unwrap();
    let script = r#"
import sys, zipfile
info = "textbook_probe-1.0.dist-info"
with zipfile.ZipFile(sys.argv[1] + "/textbook_probe-1.0-py3-none-any.whl", "w") as wheel:
    wheel.writestr(sys.argv[2] + "/__init__.py", "VALUE = 1\n")
    wheel.writestr(info + "/METADATA", "Metadata-Version: 2.1\nName: textbook-probe\nVersion: 1.0\n")
    wheel.writestr(info + "/WHEEL", "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
    wheel.writestr(info + "/RECORD", "")
"#;
    let done = Command::new("python3")
        .args(["-c", script])
        .arg(dir)
        .arg(module)
        .output()
        .unwrap();
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
}

fn site_packages(venv: &Path) -> PathBuf {
    let lib = venv.join("lib");
    let version = fs::read_dir(&lib)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .file_name();
    lib.join(version).join("site-packages")
}

/// A venv the xtask built, the first time, in a workspace of its own, and what it said doing so:
/// each test below starts from a copy of it, so that the repair and the rebuild, each a venv
/// built from scratch, run side by side instead of one after the other. A copy is the same venv:
/// its interpreter is a link to the base one, `pyvenv.cfg` names no path of its own, pip runs
/// as `python -m pip`, and its stamp is the same text because every copy's requirements.txt
/// names the template's wheel folder.
struct Built {
    fixture: Fixture,
    requirements: String,
    heard: Vec<String>,
}

fn built() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| {
        let fixture = Fixture::new("venv-built");
        let wheels = fixture.root.join("wheels");
        make_wheel(&wheels, "textbook_probe");
        let requirements = format!(
            "--no-index\n--find-links {}\ntextbook-probe==1.0\n",
            wheels.display()
        );
        fixture.file("python_equivalents/requirements.txt", &requirements);
        // Its own target dir, whatever CARGO_TARGET_DIR the test run has: the venv is built here.
        let ws = Workspace::at(&fixture.root).with_target_dir(fixture.root.join("target"));
        let mut heard = Vec::new();
        python::ensure(&ws, &mut |l| heard.push(l.to_string())).unwrap();
        Built {
            fixture,
            requirements,
            heard,
        }
    })
}

/// The tests that use `built()`; the last one to finish removes it (a static is never dropped).
const USERS_OF_BUILT: usize = 3;
static DONE_WITH_BUILT: AtomicUsize = AtomicUsize::new(0);

/// A workspace of its own holding a copy of the built venv; dropping it also counts this test
/// done with the template.
struct Copy {
    fixture: Fixture,
    ws: Workspace,
    venv: PathBuf,
}

impl Copy {
    fn new(name: &str) -> Copy {
        let built = built();
        let fixture = Fixture::new(name);
        fixture.file("python_equivalents/requirements.txt", &built.requirements);
        let scratch = fixture.root.join("target/textbook");
        fs::create_dir_all(&scratch).unwrap();
        let copied = Command::new("cp")
            .arg("-a")
            .arg(built.fixture.root.join("target/textbook/venv"))
            .arg(&scratch)
            .output()
            .unwrap();
        assert!(
            copied.status.success(),
            "{}",
            String::from_utf8_lossy(&copied.stderr)
        );
        let ws = Workspace::at(&fixture.root).with_target_dir(fixture.root.join("target"));
        let venv = scratch.join("venv");
        Copy { fixture, ws, venv }
    }

    fn ensure(&self) -> (python::PythonEnv, Vec<String>) {
        let mut heard = Vec::new();
        let env = python::ensure(&self.ws, &mut |l| heard.push(l.to_string())).unwrap();
        (env, heard)
    }
}

impl Drop for Copy {
    fn drop(&mut self) {
        if DONE_WITH_BUILT.fetch_add(1, Ordering::SeqCst) + 1 == USERS_OF_BUILT {
            let _ = fs::remove_dir_all(&built().fixture.root);
        }
    }
}

#[test]
fn a_venv_is_built_the_first_time_and_then_used_as_it_is() {
    let built = built();
    let probe =
        site_packages(&built.fixture.root.join("target/textbook/venv")).join("textbook_probe");
    assert!(probe.is_dir(), "{:?}", built.heard);
    assert!(
        built.heard.iter().any(|l| l.contains("first time")),
        "{:?}",
        built.heard
    );

    // A later run finds it whole and says nothing.
    let copy = Copy::new("venv-whole");
    let (_, heard) = copy.ensure();
    assert!(heard.is_empty(), "{heard:?}");
}

#[test]
fn a_venv_missing_a_pinned_package_is_repaired_before_it_is_used() {
    let copy = Copy::new("venv-repair");
    let (env, heard) = copy.ensure();
    assert!(heard.is_empty(), "the copy is not the same venv: {heard:?}");
    let probe = site_packages(&copy.venv).join("textbook_probe");
    assert!(probe.is_dir(), "{heard:?}");

    // Someone uninstalls it; the stamp still says all is well.
    fs::remove_dir_all(&probe).unwrap();
    let (again, heard) = copy.ensure();
    assert_eq!(again.python, env.python);
    assert!(probe.is_dir(), "the package was not reinstalled: {heard:?}");
    assert!(
        heard
            .iter()
            .any(|l| l.contains("Repairing") && l.contains("textbook-probe")),
        "{heard:?}"
    );
    assert!(!heard.iter().any(|l| l.contains("first time")), "{heard:?}");

    // A third run finds it whole and says nothing.
    let (_, heard) = copy.ensure();
    assert!(heard.is_empty(), "{heard:?}");
}

#[test]
fn a_venv_whose_pins_change_is_rebuilt_saying_why() {
    let copy = Copy::new("venv-pins");
    let (_, heard) = copy.ensure();
    assert!(heard.is_empty(), "the copy is not the same venv: {heard:?}");
    // The pins change: a rebuild, which says why, and not that it happens the first time only.
    let requirements = copy
        .fixture
        .root
        .join("python_equivalents/requirements.txt");
    let pins = fs::read_to_string(&requirements).unwrap();
    fs::write(
        &requirements,
        format!("{pins}# a comment changes the pins file\n"),
    )
    .unwrap();
    let (_, heard) = copy.ensure();
    assert!(
        heard
            .iter()
            .any(|l| l.contains("Rebuilding") && l.contains("requirements.txt")),
        "{heard:?}"
    );
    assert!(!heard.iter().any(|l| l.contains("first time")), "{heard:?}");
    let probe = site_packages(&copy.venv).join("textbook_probe");
    assert!(probe.is_dir(), "{heard:?}");
    // And the rebuilt venv is stamped with the new pins: the next run says nothing.
    let (_, heard) = copy.ensure();
    assert!(heard.is_empty(), "{heard:?}");
}

#[test]
fn a_venv_that_cannot_be_repaired_fails_naming_the_fix() {
    let fixture = Fixture::new("venv-unrepairable");
    let wheels = fixture.root.join("wheels");
    // A broken release: its metadata says textbook-probe, its module has another name.
    make_wheel(&wheels, "misnamed_probe");
    fixture.file(
        "python_equivalents/requirements.txt",
        &format!(
            "--no-index\n--find-links {}\ntextbook-probe==1.0\n",
            wheels.display()
        ),
    );
    // Its own target dir, whatever CARGO_TARGET_DIR the test run has: the venv is rebuilt here.
    let ws = Workspace::at(&fixture.root).with_target_dir(fixture.root.join("target"));
    let err = python::ensure(&ws, &mut |_| {}).unwrap_err().to_string();
    assert!(err.contains("textbook_probe cannot be imported"), "{err}");
    assert!(err.contains("rm -rf target/textbook/venv"), "{err}");
}
