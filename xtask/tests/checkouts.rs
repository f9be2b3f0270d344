//! One built xtask, two checkouts: each run works on the checkout it was started in.

mod fixture;

use fixture::{Fixture, claim, text};

#[test]
fn the_same_xtask_reads_the_checkout_it_is_run_in() {
    let upstream = Fixture::new("checkout-upstream");
    upstream.chapter(
        1,
        "upstream",
        &claim("a/only-upstream", "upstream says this"),
    );
    let fork = Fixture::new("checkout-fork");
    fork.chapter(1, "fork", &claim("a/only-fork", "the fork says this"));
    fork.chapter(2, "fork-extra", &claim("b/second", "a second chapter"));

    let up = upstream.run(&["list"]);
    let down = fork.run(&["list"]);
    let (up_out, down_out) = (text(&up.stdout), text(&down.stdout));
    assert!(up.status.success(), "{up_out}{}", text(&up.stderr));
    assert!(down.status.success(), "{down_out}{}", text(&down.stderr));
    assert!(up_out.contains("ch01-upstream"), "{up_out}");
    assert!(!up_out.contains("fork"), "{up_out}");
    assert!(
        down_out.contains("ch01-fork") && down_out.contains("ch02-fork-extra"),
        "{down_out}"
    );
    assert!(!down_out.contains("upstream"), "{down_out}");

    let claims = fork.run(&["claims", "1"]);
    assert!(
        text(&claims.stdout).contains("a/only-fork"),
        "{}",
        text(&claims.stdout)
    );
}

/// A chapter with one exercise, solved or not: what the xtask writes to the target dir (its
/// exercise cache) and reads back.
fn with_exercise(fixture: &Fixture, body: &str) {
    fixture.chapter(1, "x", &claim("a/b", "x"));
    fixture.file(
        "chapters/ch01-x/exercises/exercises.toml",
        "[[exercise]]\nname = \"only\"\ntitle = \"t\"\nclaim = \"a/b\"\n\
         pristine = \"fnv1a64:0000000000000000\"\nhint = \"h\"\n",
    );
    fixture.file(
        "chapters/ch01-x/exercises/only.rs",
        &format!("{body}{TESTS}"),
    );
}

const TESTS: &str =
    "#[cfg(test)]\nmod tests {\n    #[test]\n    fn one() { assert_eq!(super::x(), 1); }\n}\n";
const SOLVED: &str = "pub fn x() -> i32 { 1 }\n";
const UNSOLVED: &str = "pub fn x() -> i32 { 2 }\n";

#[test]
fn the_target_dir_is_cargo_s_even_when_a_config_moves_it() {
    let checkout = Fixture::new("checkout-target");
    with_exercise(&checkout, SOLVED);
    checkout.file(
        ".cargo/config.toml",
        "[build]\ntarget-dir = \"elsewhere\"\n",
    );
    // The built xtask, with no CARGO_TARGET_DIR (the fixture removes it): only cargo's own
    // reading of the config can send the cache to `elsewhere/`.
    let done = checkout.run(&["exercise", "1"]);
    assert_eq!(done.status.code(), Some(0), "{}", text(&done.stderr));
    let cache = "textbook/exercises/ch01-x/only/status.json";
    assert!(checkout.root.join("elsewhere").join(cache).is_file());
    assert!(!checkout.root.join("target").join(cache).exists());
}

#[test]
fn two_checkouts_sharing_one_target_dir_each_see_their_own_work() {
    let shared = std::env::temp_dir().join(format!("xtask-shared-target-{}", std::process::id()));
    let upstream = Fixture::new("shared-upstream");
    with_exercise(&upstream, UNSOLVED);
    let fork = Fixture::new("shared-fork");
    with_exercise(&fork, SOLVED);
    let run = |fixture: &Fixture| {
        let done = fixture
            .xtask(&["exercise", "1"])
            .env("CARGO_TARGET_DIR", &shared)
            .output()
            .unwrap();
        (done.status.code(), text(&done.stdout))
    };
    // Same chapter, same exercise, one cache folder: each must be judged on its own file.
    let (up, up_out) = run(&upstream);
    let (down, down_out) = run(&fork);
    let (up_again, up_again_out) = run(&upstream);
    let _ = std::fs::remove_dir_all(&shared);
    assert_eq!(up, Some(1), "{up_out}");
    assert!(up_out.contains("0/1 done"), "{up_out}");
    assert_eq!(down, Some(0), "{down_out}");
    assert!(down_out.contains("1/1 done"), "{down_out}");
    assert_eq!(up_again, Some(1), "{up_again_out}");
}

#[test]
fn outside_any_workspace_the_error_says_where_it_looked() {
    let dir = std::env::temp_dir().join(format!("xtask-no-workspace-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let done = std::process::Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("list")
        .current_dir(&dir)
        .env_remove("CARGO_MANIFEST_DIR")
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let stderr = fixture::words(&text(&done.stderr));
    assert_eq!(done.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("no Cargo workspace above"), "{stderr}");
}
