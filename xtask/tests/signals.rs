//! The lecturer's terminal: Ctrl-C ends everything the xtask started; a closed pipe ends it
//! quietly. Both on the built xtask, in a fixture workspace.

#![cfg(unix)]

mod fixture;

use std::fs;
use std::io::Read;
use std::path::Path;
use std::process::Stdio;
use std::thread;
use std::time::Duration;

use fixture::{Fixture, claim, text};
use rustix::process::{Pid, Signal, kill_process, test_kill_process};

/// Waits for a file another process writes; a run that never writes it fails the test.
fn wait_for(path: &Path) -> String {
    for _ in 0..6000 {
        if let Ok(text) = fs::read_to_string(path)
            && text.ends_with('\n')
        {
            return text;
        }
        thread::sleep(Duration::from_millis(10));
    }
    panic!("{} was never written", path.display());
}

/// Whether the process is still there, as something other than a zombie awaiting its reaper.
fn alive(pid: i32) -> bool {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let state = stat
        .rsplit_once(") ")
        .and_then(|(_, rest)| rest.chars().next());
    test_kill_process(Pid::from_raw(pid).unwrap()).is_ok() && state != Some('Z')
}

#[test]
fn ctrl_c_ends_every_child_group_and_exits_130() {
    let fixture = Fixture::new("ctrl-c");
    fixture.chapter(1, "x", &claim("a/b", "x"));
    // The "interpreter" the xtask asks for its version: it starts a grandchild and hangs.
    let pid_file = fixture.root.join("grandchild.pid");
    let python = fixture.file(
        "fake-python",
        &format!(
            "#!/bin/sh\nsleep 600 &\necho $! > {}\nwait\n",
            pid_file.display()
        ),
    );
    let mut perms = fs::metadata(&python).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
    fs::set_permissions(&python, perms).unwrap();

    let mut xtask = fixture
        .xtask(&["run", "1"])
        .env("PYTHON", &python)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let grandchild: i32 = wait_for(&pid_file).trim().parse().unwrap();
    assert!(alive(grandchild));

    let xtask_pid = Pid::from_raw(i32::try_from(xtask.id()).unwrap()).unwrap();
    kill_process(xtask_pid, Signal::INT).unwrap();
    let status = xtask.wait().unwrap();
    let mut stderr = String::new();
    xtask
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();

    assert_eq!(status.code(), Some(130), "{status:?}\n{stderr}");
    // The group was sent SIGKILL before the xtask exited; only the reaping may lag.
    let mut survived = alive(grandchild);
    for _ in 0..500 {
        if !survived {
            break;
        }
        thread::sleep(Duration::from_millis(10));
        survived = alive(grandchild);
    }
    if survived {
        let _ = kill_process(Pid::from_raw(grandchild).unwrap(), Signal::KILL);
    }
    assert!(!survived, "the grandchild {grandchild} outlived the xtask");
}

/// A file the shell runs, executable.
fn script(fixture: &Fixture, name: &str, body: &str) -> std::path::PathBuf {
    let path = fixture.file(name, &format!("#!/bin/sh\n{body}"));
    let mut perms = fs::metadata(&path).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
    fs::set_permissions(&path, perms).unwrap();
    path
}

#[test]
fn ctrl_c_reaches_the_children_of_a_textbook_tool_the_xtask_started() {
    // `cargo xtask test` runs `cargo test`, whose test binary runs pytest in a group of its own:
    // two levels of groups. Here the xtask's child is the xtask again (its own library, as the
    // test binary is), whose child starts a grandchild in a third group.
    let fixture = Fixture::new("ctrl-c-nested");
    fixture.chapter(1, "x", &claim("a/b", "x"));
    let pid_file = fixture.root.join("inner-grandchild.pid");
    let inner_python = script(
        &fixture,
        "inner-python",
        &format!("sleep 600 &\necho $! > {}\nwait\n", pid_file.display()),
    );
    let outer_python = script(
        &fixture,
        "outer-python",
        &format!(
            "PYTHON={} exec {} run 1\n",
            inner_python.display(),
            env!("CARGO_BIN_EXE_xtask")
        ),
    );
    let mut xtask = fixture
        .xtask(&["run", "1"])
        .env("PYTHON", &outer_python)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let grandchild: i32 = wait_for(&pid_file).trim().parse().unwrap();
    assert!(alive(grandchild));
    let xtask_pid = Pid::from_raw(i32::try_from(xtask.id()).unwrap()).unwrap();
    kill_process(xtask_pid, Signal::INT).unwrap();
    assert_eq!(xtask.wait().unwrap().code(), Some(130));
    let mut survived = alive(grandchild);
    for _ in 0..500 {
        if !survived {
            break;
        }
        thread::sleep(Duration::from_millis(10));
        survived = alive(grandchild);
    }
    if survived {
        let _ = kill_process(Pid::from_raw(grandchild).unwrap(), Signal::KILL);
    }
    assert!(
        !survived,
        "the inner tool's child {grandchild} outlived both"
    );
}

/// A ledger big enough that its table overflows a pipe's buffer, so that the xtask is still
/// writing when the reader goes away, whatever the timing.
fn big_ledger() -> String {
    (0..600)
        .map(|i| {
            claim(
                &format!("topic/claim-{i}"),
                &"a long paraphrase of the lecture ".repeat(6),
            )
        })
        .collect()
}

#[test]
fn a_closed_pipe_ends_list_and_claims_quietly() {
    let fixture = Fixture::new("pipe");
    fixture.chapter(1, "x", &big_ledger());
    for args in [
        &["claims", "1"][..],
        &["claims", "1", "--verbose"],
        &["list"],
    ] {
        let mut xtask = fixture
            .xtask(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // `| head -0`: the reader leaves before reading anything.
        drop(xtask.stdout.take());
        let status = xtask.wait().unwrap();
        let mut stderr = String::new();
        xtask
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        assert!(stderr.is_empty(), "{args:?} printed on stderr:\n{stderr}");
        assert!(
            matches!(status.code(), Some(0 | 141)),
            "{args:?} ended with {status:?}"
        );
    }
    // The output it would have written is really there when someone reads it.
    let done = fixture.run(&["claims", "1", "--verbose"]);
    assert!(text(&done.stdout).contains("topic/claim-599"));
}
