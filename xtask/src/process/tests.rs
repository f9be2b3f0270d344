use super::*;

fn sh(script: &str) -> Command {
    let mut command = Command::new("sh");
    command.args(["-c", script]);
    command
}

#[test]
fn captures_both_streams_in_order_of_arrival() {
    let done = Job::new(
        "echo",
        sh("echo out; echo err >&2"),
        Duration::from_secs(10),
    )
    .run()
    .unwrap();
    assert!(done.success());
    assert_eq!(done.stdout(), "out\n");
    assert_eq!(done.stderr(), "err\n");
}

#[test]
fn a_python_tool_that_is_not_installed_is_recognised() {
    let done = Job::new(
        "python -m pytest",
        sh("echo '/venv/bin/python: No module named pytest' >&2; exit 1"),
        Duration::from_secs(10),
    )
    .run()
    .unwrap();
    assert_eq!(done.missing_module().as_deref(), Some("pytest"));
    let ran = Job::new("echo", sh("echo fine"), Duration::from_secs(10))
        .run()
        .unwrap();
    assert_eq!(ran.missing_module(), None);
}

#[test]
fn a_hung_child_is_killed_and_named() {
    let err = Job::new("the sleeper", sh("sleep 30"), Duration::from_millis(300))
        .run()
        .unwrap_err();
    assert!(matches!(err, ProcessError::Timeout { .. }));
    assert!(err.to_string().contains("the sleeper"), "{err}");
}

#[test]
fn a_grandchild_holding_the_pipe_is_killed_too() {
    let err = Job::new("parent", sh("sleep 30 & wait"), Duration::from_millis(300))
        .run()
        .unwrap_err();
    assert!(matches!(err, ProcessError::Timeout { .. }), "{err}");
}

#[test]
fn a_timed_job_reports_its_status_and_a_hung_one_is_killed() {
    let (status, took) = Job::new("true", sh("exit 3"), Duration::from_secs(10))
        .time()
        .unwrap();
    assert_eq!(status.code(), Some(3));
    assert!(took > Duration::ZERO);
    let err = Job::new(
        "the sleeper",
        sh("sleep 30 & wait"),
        Duration::from_millis(300),
    )
    .time()
    .unwrap_err();
    assert!(matches!(err, ProcessError::Timeout { .. }), "{err}");
}

#[test]
fn a_missing_program_is_a_spawn_error_naming_it() {
    let err = Job::new(
        "ghost",
        Command::new("no-such-program-here"),
        Duration::from_secs(5),
    )
    .run()
    .unwrap_err();
    assert!(err.to_string().contains("no-such-program-here"), "{err}");
}
