//! Is the environment what requirements.txt pins? Checked on every run, in one Python call, so
//! that a venv whose packages were uninstalled or whose standard library was deleted is repaired
//! instead of passing green with the Python proofs silently missing.

use super::{PythonEnv, QUICK_TIMEOUT};
use crate::process::Job;

/// `name==version` lines of requirements.txt (a line without `==` gives no version to check).
pub(super) fn pinned(requirements: &str) -> Vec<(String, Option<String>)> {
    requirements
        .lines()
        .map(|l| l.split('#').next().unwrap_or_default().trim())
        .filter(|l| !l.is_empty() && !l.starts_with('-'))
        .map(|l| match l.split_once("==") {
            Some((name, version)) => (name.trim().to_string(), Some(version.trim().to_string())),
            None => {
                let name = l
                    .split(|c: char| "<>=!~;[ ".contains(c))
                    .next()
                    .unwrap_or(l);
                (name.trim().to_string(), None)
            }
        })
        .collect()
}

#[derive(Debug, PartialEq)]
pub(super) enum Verified {
    Ready,
    /// The interpreter itself does not run (its standard library gone, a dangling link).
    Broken(String),
    /// Packages absent, at another version, or not importable.
    Missing(Vec<String>),
}

/// In one Python call: every pinned package installed at its pinned version, and its modules
/// findable (`find_spec`, which does not run them: numpy's import alone takes a tenth of a second).
const VERIFY: &str = r#"
import importlib.metadata as md, importlib.util, json, sys
problems = []
for name, version in json.loads(sys.argv[1]):
    try:
        dist = md.distribution(name)
    except md.PackageNotFoundError:
        problems.append(f"{name} is not installed")
        continue
    if version is not None and dist.version != version:
        problems.append(f"{name} is {dist.version}, pinned {version}")
        continue
    tops = (dist.read_text("top_level.txt") or "").split() or [name.replace("-", "_").lower()]
    for top in tops:
        try:
            found = importlib.util.find_spec(top) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            problems.append(f"{name}'s module {top} cannot be imported")
print(json.dumps(problems))
"#;

pub(super) fn verify(env: &PythonEnv, pinned: &[(String, Option<String>)]) -> Verified {
    let arg = serde_json::to_string(pinned).unwrap_or_else(|_| "[]".into());
    let command = env.command(["-I", "-c", VERIFY, &arg]);
    let done = match Job::new("the venv's python", command, QUICK_TIMEOUT).run() {
        Ok(done) => done,
        Err(e) => return Verified::Broken(e.to_string()),
    };
    let last = done.stdout().lines().last().map(str::to_string);
    match last.and_then(|l| serde_json::from_str::<Vec<String>>(&l).ok()) {
        Some(problems) if done.success() && problems.is_empty() => Verified::Ready,
        Some(problems) if done.success() => Verified::Missing(problems),
        _ => Verified::Broken(
            done.combined()
                .lines()
                .rev()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("no output")
                .trim()
                .to_string(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_interpreter_that_cannot_start_is_broken_not_ready() {
        // What a venv's python says once its standard library is deleted.
        let fake =
            std::env::temp_dir().join(format!("textbook-broken-python-{}", std::process::id()));
        std::fs::write(
            &fake,
            "#!/bin/sh\necho \"Fatal Python error: init_fs_encoding\" >&2\n\
             echo \"ModuleNotFoundError: No module named 'encodings'\" >&2\nexit 1\n",
        )
        .unwrap();
        let mut perms = std::fs::metadata(&fake).unwrap().permissions();
        std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
        std::fs::set_permissions(&fake, perms).unwrap();
        let env = PythonEnv {
            python: fake.clone(),
            dir: std::env::temp_dir(),
            version: "3.11".into(),
        };
        let verdict = verify(&env, &[("pytest".into(), Some("9.2.0".into()))]);
        let _ = std::fs::remove_file(&fake);
        assert!(
            matches!(&verdict, Verified::Broken(why) if why.contains("encodings")),
            "{verdict:?}"
        );
    }

    #[test]
    fn pins_are_read_with_their_versions_and_comments_are_skipped() {
        let pins = pinned("# the textbook\nmypy==2.4.1  # types\n\nnumpy>=2\n-r other.txt\n");
        assert_eq!(
            pins,
            [
                ("mypy".to_string(), Some("2.4.1".to_string())),
                ("numpy".to_string(), None)
            ]
        );
    }
}
