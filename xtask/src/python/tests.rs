use super::*;

#[test]
fn a_missing_interpreter_says_how_to_get_one() {
    let err = base_interpreter(Some("/no/such/python3".into())).unwrap_err();
    let message = err.to_string();
    assert!(matches!(err, PythonError::NotFound { .. }), "{message}");
    assert!(message.contains("/no/such/python3"), "{message}");
    assert!(message.contains("PYTHON=/path/to/python3"), "{message}");
    assert!(message.contains("apt-get install python3"), "{message}");
}

fn fake_interpreter(name: &str, script: &str) -> PathBuf {
    let fake = std::env::temp_dir().join(format!("textbook-{name}-{}", std::process::id()));
    fs::write(&fake, script).unwrap();
    let mut perms = fs::metadata(&fake).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
    fs::set_permissions(&fake, perms).unwrap();
    fake
}

#[test]
fn python_2_is_refused_with_its_version_read_right() {
    // What Python 2.7 answers: `print(a, b, c)` is the print statement given a tuple.
    let fake = fake_interpreter(
        "python2",
        "#!/bin/sh\ncase \"$2\" in\n  *stdout.write*) echo '2 7 2.7.18' ;;\n  \
         *print*) echo \"(2, 7, '2.7.18')\" ;;\nesac\n",
    );
    let err = base_interpreter(Some(fake.display().to_string())).unwrap_err();
    let _ = fs::remove_file(&fake);
    let message = err.to_string();
    assert!(matches!(err, PythonError::TooOld { .. }), "{message}");
    assert!(message.contains("is Python 2.7.18;"), "{message}");
}

#[test]
fn a_python_path_that_does_not_exist_is_said_so() {
    let message = base_interpreter(Some("/nonexistent".into()))
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("`/nonexistent` does not exist"),
        "{message}"
    );
    assert!(!message.contains("PATH;"), "{message}");
    let message = base_interpreter(Some("no-such-python".into()))
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("`no-such-python` is not on PATH"),
        "{message}"
    );
}

#[test]
fn an_old_interpreter_is_refused_by_version() {
    // `sh` stands in for an interpreter that reports Python 3.8.
    let fake = std::env::temp_dir().join(format!("textbook-fake-python-{}", std::process::id()));
    fs::write(&fake, "#!/bin/sh\necho 3 8 3.8.10\n").unwrap();
    let mut perms = fs::metadata(&fake).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
    fs::set_permissions(&fake, perms).unwrap();
    let err = base_interpreter(Some(fake.display().to_string())).unwrap_err();
    let _ = fs::remove_file(&fake);
    assert!(matches!(err, PythonError::TooOld { .. }), "{err}");
    assert!(err.to_string().contains("3.8.10"), "{err}");
}
