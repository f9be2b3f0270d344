//! Exceptions vs Result: `load_config`, `divide`, and the io::ErrorKind of a failed read.
//! Ledger: python/load-config-as-printed, rust/load-config, io/*, variants/*.
use std::io;

use chapter_09::results::{CONFIGS, ConfigError, divide, load_config, read_kind, show_division};
use chapter_09::scratch::Scratch;

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

#[cfg(unix)]
#[test]
fn a_file_without_read_permission_is_permission_denied_except_for_root() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let scratch = Scratch::new("mode000").unwrap();
    let path = scratch.file("secret.txt", "s3cret").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    // A file this process just created is owned by its effective user: 0 means root.
    let owner = std::fs::metadata(&path).unwrap().uid();
    let kind = read_kind(&path);
    if owner == 0 {
        assert_eq!(kind, "read", "root bypasses file modes (CAP_DAC_OVERRIDE)");
    } else {
        assert_eq!(kind, "PermissionDenied");
    }
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
