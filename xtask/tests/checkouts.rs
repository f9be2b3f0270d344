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

#[test]
fn the_target_dir_is_cargo_s_even_when_a_config_moves_it() {
    let checkout = Fixture::new("checkout-target");
    checkout.chapter(1, "x", &claim("a/b", "x"));
    checkout.file(
        ".cargo/config.toml",
        "[build]\ntarget-dir = \"elsewhere\"\n",
    );
    let ws = xtask::workspace::Workspace::at(&checkout.root);
    assert_eq!(ws.target_dir(), checkout.root.join("elsewhere"));
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
