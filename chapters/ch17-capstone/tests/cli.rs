//! Stretch goal 1: the lecture's clap enum, parsed from argument lists.
use chapter_17::rustdo::cli::Command;
use chapter_17::rustdo::task::Priority;
use clap::Parser;
use clap::error::ErrorKind;

#[test]
fn clap_fills_the_default_priority_and_the_long_flag() {
    let add = Command::try_parse_from(["rustdo", "add", "Write Rust"]).unwrap();
    assert_eq!(
        add,
        Command::Add {
            title: "Write Rust".into(),
            priority: Priority::Medium
        }
    );
    let list = Command::try_parse_from(["rustdo", "list", "--all"]).unwrap();
    assert_eq!(list, Command::List { all: true });
}

#[test]
fn clap_reports_the_from_str_message_for_a_bad_priority() {
    let err = Command::try_parse_from(["rustdo", "add", "x", "urgent"]).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::ValueValidation);
    assert!(
        err.to_string()
            .contains("unknown priority: 'urgent' (use low/medium/high)"),
        "{err}"
    );
}

#[test]
fn clap_refuses_a_mistyped_command_with_status_two() {
    let err = Command::try_parse_from(["rustdo", "lsit"]).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidSubcommand);
    assert_eq!(err.exit_code(), 2);
    assert!(
        err.to_string().contains("unrecognized subcommand 'lsit'"),
        "{err}"
    );
    assert!(
        err.to_string()
            .contains("a similar subcommand exists: 'list'"),
        "{err}"
    );
}
