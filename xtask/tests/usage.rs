//! A name the user got wrong is a usage error, exit 2 (as for a bad flag), whatever the command;
//! on the textbook's own workspace, with the built xtask.

mod fixture;

use std::path::Path;
use std::process::Command;

use fixture::{text, words};

#[test]
fn every_unknown_name_exits_2_and_lists_the_real_ones() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let cases: [(&[&str], &str); 5] = [
        (&["run", "99"], "there is no chapter `99`"),
        (&["run", "1", "nosuchdemo"], "its demos are: "),
        (&["bench", "1", "nosuchbench"], "its benchmarks are: "),
        (
            &["claims", "1", "no/such-claim"],
            "no claim `no/such-claim`",
        ),
        (&["exercise", "1", "nosuchexercise"], "its exercises are: "),
    ];
    for (args, says) in cases {
        let done = Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args(args)
            .current_dir(root)
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        let err = words(&text(&done.stderr));
        assert_eq!(done.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
}

#[test]
fn every_help_fits_80_columns_and_each_command_teaches_by_example() {
    let help = |args: &[&str]| {
        let done = Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args(args)
            .env_remove("COLUMNS")
            .output()
            .unwrap();
        assert!(done.status.success(), "{args:?}");
        text(&done.stdout)
    };
    let top = help(&["--help"]);
    for start in [
        "cargo xtask run 1",
        "cargo xtask exercise 1",
        "cargo xtask test",
    ] {
        assert!(top.contains(start), "{top}");
    }
    let commands = [
        "list",
        "run",
        "claims",
        "test",
        "bench",
        "exercise",
        "book",
        "new-chapter",
        "sync",
    ];
    for command in commands {
        assert!(top.contains(&format!("  {command} ")), "{command}: {top}");
    }
    for args in std::iter::once(vec!["--help"])
        .chain(commands.iter().map(|c| vec![*c, "--help"]))
        .chain(commands.iter().map(|c| vec![*c, "-h"]))
    {
        let shown = help(&args);
        let widest = shown.lines().map(|l| l.chars().count()).max().unwrap_or(0);
        assert!(widest <= 80, "{args:?}: {widest} columns\n{shown}");
    }
    // `cargo xtask` alone: the help on stderr, a usage error (2), and it fits too.
    let bare = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .env_remove("COLUMNS")
        .output()
        .unwrap();
    let shown = text(&bare.stderr);
    assert_eq!(bare.status.code(), Some(2), "{shown}");
    assert!(shown.contains("Commands:"), "{shown}");
    assert!(shown.lines().all(|l| l.chars().count() <= 80), "{shown}");
    // An example is one line, never wrapped at 80: written to fit whatever the width.
    for command in commands {
        let done = Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args([command, "--help"])
            .env("COLUMNS", "1000")
            .output()
            .unwrap();
        for line in text(&done.stdout).lines() {
            if line.trim_start().starts_with("cargo xtask ") {
                assert!(line.chars().count() <= 78, "{command}: {line}");
            }
        }
    }
    // A command that takes arguments (all but `list`) shows how, by example, in its --help.
    for command in commands.into_iter().filter(|c| *c != "list") {
        let shown = help(&[command, "--help"]);
        assert!(
            shown.contains(&format!("cargo xtask {command} ")),
            "{command} has no example:\n{shown}"
        );
    }
}
