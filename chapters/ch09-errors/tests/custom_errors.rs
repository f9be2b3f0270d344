//! Custom error types with thiserror, and the quick reference. Ledger: custom/*, ref/*.
use std::error::Error as _;
use std::io;

use chapter_09::custom::{
    AppError, chain, fails_after_setup, find_user, is_validation, load_users, validate_email,
    variant,
};
use chapter_09::results::{ConfigError, load_config};
use chapter_09::scratch::Scratch;

#[test]
fn the_error_attributes_give_the_messages_python_builds() {
    assert_eq!(
        find_user(42).unwrap_err().to_string(),
        "User with id 42 not found"
    );
    assert_eq!(find_user(1).unwrap().name, "Ada");
    assert_eq!(
        validate_email("ada.example.com").unwrap_err().to_string(),
        "Validation error on email: must contain @"
    );
}

#[test]
fn from_generates_the_conversion_question_mark_uses() {
    let io_error = io::Error::new(io::ErrorKind::PermissionDenied, "no");
    assert!(matches!(AppError::from(io_error), AppError::Io(_)));
    let scratch = Scratch::new("users").unwrap();
    let missing = load_users(&scratch.missing("users.json").to_string_lossy()).unwrap_err();
    assert_eq!(variant(&missing), "Io");
    let bad = scratch.file("users.json", r#"[{"id": 1}]"#).unwrap();
    assert_eq!(
        variant(&load_users(&bad.to_string_lossy()).unwrap_err()),
        "Json"
    );
    let good = scratch
        .file("good.json", r#"[{"id": 1, "name": "Ada"}]"#)
        .unwrap();
    assert_eq!(load_users(&good.to_string_lossy()).unwrap()[0].name, "Ada");
}

#[test]
fn from_keeps_the_library_error_as_the_source() {
    let scratch = Scratch::new("source").unwrap();
    let error = load_users(&scratch.missing("users.json").to_string_lossy()).unwrap_err();
    let cause = error.source().unwrap().downcast_ref::<io::Error>().unwrap();
    assert_eq!(cause.kind(), io::ErrorKind::NotFound);
    assert_eq!(
        chain(&error),
        [
            "IO error: No such file or directory (os error 2)",
            "No such file or directory (os error 2)"
        ]
    );
}

#[test]
fn the_io_message_does_not_name_the_file() {
    let scratch = Scratch::new("no-path").unwrap();
    let path = scratch.missing("users.json");
    let message = load_users(&path.to_string_lossy()).unwrap_err().to_string();
    assert!(!message.contains("users.json"), "{message}");
}

#[test]
fn a_string_made_by_map_err_keeps_no_source() {
    // One missing file through the quick reference's two conversions: `#[from]` (load_users)
    // keeps the io::Error; `.map_err(|e| ConfigError::FileError(e.to_string()))` (the lecture's
    // load_config) keeps its words and nothing else.
    let scratch = Scratch::new("map-err").unwrap();
    let path = scratch
        .missing("config.json")
        .to_string_lossy()
        .into_owned();
    let kept = load_users(&path).unwrap_err();
    let io_error = kept.source().unwrap().downcast_ref::<io::Error>().unwrap();
    assert_eq!(io_error.kind(), io::ErrorKind::NotFound);
    let Err(ConfigError::FileError(text)) = load_config(&path) else {
        panic!("a missing file is a FileError");
    };
    assert_eq!(text, io_error.to_string());
    let boxed: Box<dyn std::error::Error> = text.into();
    assert!(boxed.source().is_none());
    assert!(boxed.downcast_ref::<io::Error>().is_none());
}

#[test]
fn a_variant_pattern_selects_that_variant_only() {
    let json = serde_json::from_str::<u8>("{")
        .map_err(AppError::from)
        .unwrap_err();
    assert!(!is_validation(&json));
    assert!(is_validation(&validate_email("x").unwrap_err()));
    assert!(matches!(json, AppError::Json(_)));
}

#[test]
fn drop_runs_when_question_mark_returns_early() {
    let mut log = Vec::new();
    let outcome = fails_after_setup(&mut log);
    assert!(matches!(outcome, Err(AppError::Validation { .. })));
    assert_eq!(log, ["setup", "cleanup"]);
}

#[test]
fn drop_runs_when_a_panic_unwinds() {
    use std::sync::Mutex;
    static LOG: Mutex<Vec<&str>> = Mutex::new(Vec::new());
    struct Guard;
    impl Drop for Guard {
        fn drop(&mut self) {
            LOG.lock().unwrap().push("dropped");
        }
    }
    let outcome = std::panic::catch_unwind(|| {
        let _guard = Guard;
        panic!("unwinding");
    });
    assert!(outcome.is_err());
    assert_eq!(*LOG.lock().unwrap(), ["dropped"]);
}
