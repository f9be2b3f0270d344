//! Exceptions vs Result: `load_config`, `divide`, and the io::ErrorKind of a failed read.
//! Ledger: python/load-config-as-printed, rust/load-config, io/*, variants/*.
use std::io;
use std::process::Command;
use std::time::Duration;

use chapter_09::results::{CONFIGS, ConfigError, divide, load_config, read_kind, show_division};
use chapter_09::scratch::Scratch;
use textbook_harness::run_with_timeout;

fn config(case: &str) -> (Scratch, String) {
    let scratch = Scratch::new(case).unwrap();
    let contents = CONFIGS.iter().find(|(name, _)| *name == case).unwrap().1;
    let path = scratch.file("config.json", contents).unwrap();
    (scratch, path.to_string_lossy().into_owned())
}

#[test]
fn a_config_with_a_version_is_returned_as_json() {
    let (_dir, path) = config("config_valid");
    assert_eq!(load_config(&path).unwrap()["version"], 1);
}

#[test]
fn each_failure_is_a_variant_of_the_return_type() {
    let scratch = Scratch::new("variants").unwrap();
    let missing = scratch.missing("config.json");
    let missing = load_config(&missing.to_string_lossy()).unwrap_err();
    assert_eq!(
        missing.describe(),
        "FileError: No such file or directory (os error 2)"
    );
    let (_a, not_json) = config("config_not_json");
    assert!(matches!(
        load_config(&not_json),
        Err(ConfigError::ParseError(_))
    ));
    let (_b, no_version) = config("config_no_version");
    let error = load_config(&no_version).unwrap_err();
    assert_eq!(error.describe(), "MissingField: version");
}

#[test]
fn json_that_is_not_an_object_has_no_version_field() {
    // Where Python's `"version" not in data` returns a list or raises TypeError, `Value::get`
    // on an array or a number is simply None.
    for case in ["config_a_list", "config_a_number"] {
        let (_dir, path) = config(case);
        assert!(
            matches!(load_config(&path), Err(ConfigError::MissingField(_))),
            "{case}"
        );
    }
}

#[test]
fn a_file_that_is_not_utf8_or_a_directory_is_a_file_error() {
    let (dir, path) = config("config_not_utf8");
    let error = load_config(&path).unwrap_err();
    assert_eq!(
        error.describe(),
        "FileError: stream did not contain valid UTF-8"
    );
    let error = load_config(&dir.path().to_string_lossy()).unwrap_err();
    assert_eq!(error.describe(), "FileError: Is a directory (os error 21)");
}

#[test]
fn a_missing_file_is_not_found() {
    let scratch = Scratch::new("missing").unwrap();
    let error = std::fs::read_to_string(scratch.missing("nothing.txt")).unwrap_err();
    assert_eq!(error.kind(), io::ErrorKind::NotFound);
    assert_eq!(error.raw_os_error(), Some(2));
}

#[test]
fn a_directory_or_bytes_that_are_not_utf8_cannot_be_read_as_text() {
    let scratch = Scratch::new("unreadable").unwrap();
    assert_eq!(read_kind(scratch.path()), "IsADirectory");
    let latin1 = scratch.file("latin1.txt", b"caf\xe9").unwrap();
    assert_eq!(read_kind(&latin1), "InvalidData");
    // The bytes are there: it is the conversion to a String that fails.
    assert_eq!(std::fs::read(&latin1).unwrap().len(), 4);
}

/// Set in the unprivileged child of the mode-000 test: the paths it reads (as in `PATH`).
const READ_AS_CHILD: &str = "CH09_READ_KINDS_OF";

#[cfg(unix)]
#[test]
fn a_file_without_read_permission_is_permission_denied_except_for_root() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    use std::os::unix::process::CommandExt;
    if let Some(paths) = std::env::var_os(READ_AS_CHILD) {
        // The child, running as `nobody`: report what each read gives it.
        let kinds: Vec<String> = std::env::split_paths(&paths)
            .map(|p| read_kind(&p))
            .collect();
        println!("kinds={}", kinds.join(" "));
        return;
    }
    // A directory any user may enter, with a mode-000 file and a mode-644 control: an unprivileged
    // reader must be refused by the file's mode and nothing else.
    let scratch = Scratch::new("mode000").unwrap();
    let mode = |path: &std::path::Path, bits| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(bits)).unwrap()
    };
    mode(scratch.path(), 0o755);
    let control = scratch.file("control.txt", "public").unwrap();
    let secret = scratch.file("secret.txt", "s3cret").unwrap();
    mode(&secret, 0o000);
    // A file this process just created is owned by its effective user: 0 means root.
    if std::fs::metadata(&secret).unwrap().uid() != 0 {
        assert_eq!(
            [read_kind(&control), read_kind(&secret)],
            ["read", "PermissionDenied"]
        );
        return;
    }
    // Root reads it anyway (CAP_DAC_OVERRIDE), so the claim is proven by a child that root starts
    // as `nobody` (uid 65534): a copy of this test binary, placed where that user can run it.
    assert_eq!(read_kind(&secret), "read");
    let probe = scratch.missing("probe");
    std::fs::copy(std::env::current_exe().unwrap(), &probe).unwrap();
    mode(&probe, 0o755);
    let mut child = Command::new(&probe);
    child
        .args([
            "--exact",
            "a_file_without_read_permission_is_permission_denied_except_for_root",
        ])
        .args(["--nocapture", "--test-threads=1"])
        .env(
            READ_AS_CHILD,
            std::env::join_paths([&control, &secret]).unwrap(),
        )
        .current_dir(scratch.path())
        .uid(65534)
        .gid(65534);
    let output = run_with_timeout(child, Duration::from_secs(20));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    assert!(stdout.contains("kinds=read PermissionDenied"), "{stdout}");
}

#[test]
fn divide_refuses_zero_and_divides_otherwise() {
    assert_eq!(show_division(divide(10.0, 0.0)), "Error: Division by zero");
    assert_eq!(show_division(divide(10.0, 4.0)), "Result: 2.5");
}

#[test]
fn float_division_by_zero_is_infinity_not_an_error() {
    let zero = std::hint::black_box(0.0_f64);
    assert_eq!(10.0 / zero, f64::INFINITY);
    assert!((0.0 / zero).is_nan());
}
