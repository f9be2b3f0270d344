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
