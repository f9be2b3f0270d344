//! The reviewer's trust: the Python environment is what requirements.txt pins, or it is
//! repaired, or the run fails naming the fix. Offline: the one pinned package is a wheel made
//! here and installed from a local folder (`--no-index --find-links`).

#![cfg(unix)]

mod fixture;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

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

#[test]
fn a_venv_missing_a_pinned_package_is_repaired_before_it_is_used() {
    let fixture = Fixture::new("venv-repair");
    let wheels = fixture.root.join("wheels");
    make_wheel(&wheels, "textbook_probe");
    fixture.file(
        "python_equivalents/requirements.txt",
        &format!(
            "--no-index\n--find-links {}\ntextbook-probe==1.0\n",
            wheels.display()
        ),
    );
    // Its own target dir, whatever CARGO_TARGET_DIR the test run has: the venv is rebuilt here.
    let ws = Workspace::at(&fixture.root).with_target_dir(fixture.root.join("target"));
    let mut heard = Vec::new();
    let env = python::ensure(&ws, &mut |l| heard.push(l.to_string())).unwrap();
    let probe = site_packages(&fixture.root.join("target/textbook/venv")).join("textbook_probe");
    assert!(probe.is_dir(), "{heard:?}");
    assert!(heard.iter().any(|l| l.contains("first time")), "{heard:?}");

    // Someone uninstalls it; the stamp still says all is well.
    fs::remove_dir_all(&probe).unwrap();
    heard.clear();
    let again = python::ensure(&ws, &mut |l| heard.push(l.to_string())).unwrap();
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
    heard.clear();
    python::ensure(&ws, &mut |l| heard.push(l.to_string())).unwrap();
    assert!(heard.is_empty(), "{heard:?}");

    // The pins change: a rebuild, which says why, and not that it happens the first time only.
    let requirements = fixture.root.join("python_equivalents/requirements.txt");
    let pins = fs::read_to_string(&requirements).unwrap();
    fs::write(
        &requirements,
        format!("{pins}# a comment changes the pins file\n"),
    )
    .unwrap();
    heard.clear();
    python::ensure(&ws, &mut |l| heard.push(l.to_string())).unwrap();
    assert!(
        heard
            .iter()
            .any(|l| l.contains("Rebuilding") && l.contains("requirements.txt")),
        "{heard:?}"
    );
    assert!(!heard.iter().any(|l| l.contains("first time")), "{heard:?}");
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
