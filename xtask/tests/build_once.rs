//! Build once: a crate is compiled once whichever way the workspace is built. Cargo unifies
//! features within one build, so if a package's own graph (`cargo test -p chapter-01`, as
//! `cargo xtask test` runs it) gives a shared crate fewer features than the whole workspace's
//! (`cargo test`), that crate and everything above it is compiled twice, and again after each
//! edit. Read from `cargo tree`, on the textbook's own workspace, offline.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

/// `name feature "f"` lines of a `cargo tree`: each crate's features, by crate name.
fn features(edges: &str, args: &[&str]) -> BTreeMap<String, BTreeSet<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let done = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["tree", "--offline", "--prefix", "none", "--no-dedupe"])
        .args(["-e", edges])
        .args(args)
        .current_dir(root)
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&done.stdout);
    assert!(
        done.status.success(),
        "cargo tree {args:?}: {}",
        String::from_utf8_lossy(&done.stderr)
    );
    let mut map: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for line in out.lines() {
        if let Some((name, feature)) = line.split_once(" feature \"") {
            let feature = feature.split('"').next().unwrap_or_default();
            map.entry(name.to_string())
                .or_default()
                .insert(feature.to_string());
        } else if let Some((name, _)) = line.split_once(" v") {
            map.entry(name.to_string()).or_default();
        }
    }
    map
}

const WITH_TESTS: &str = "normal,build,dev,features";

#[test]
fn every_package_alone_gives_each_shared_crate_the_workspace_s_features() {
    let workspace = features(WITH_TESTS, &[]);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let members = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["tree", "--offline", "--prefix", "none", "--depth", "0"])
        .current_dir(root)
        .output()
        .unwrap();
    let members: Vec<String> = String::from_utf8_lossy(&members.stdout)
        .lines()
        .filter_map(|l| l.split(" v").next())
        .filter(|n| !n.trim().is_empty())
        .map(str::to_string)
        .collect();
    assert!(members.iter().any(|m| m == "chapter-01"), "{members:?}");
    let mut differ = Vec::new();
    for member in &members {
        // As `cargo test -p` builds it, and as `cargo build -p` does (`cargo xtask run`).
        let tested = features(WITH_TESTS, &["-p", member]);
        let built = features("normal,build,features", &["-p", member]);
        for (krate, alone) in tested.into_iter().chain(built) {
            // A package's own `default` shows only where another depends on it.
            if krate == *member {
                continue;
            }
            let all = &workspace[&krate];
            if alone != *all {
                let missing: Vec<_> = all.difference(&alone).collect();
                differ.push(format!("{member}: {krate} lacks {missing:?}"));
            }
        }
    }
    assert!(
        differ.is_empty(),
        "built alone, these compile differently than in the workspace (and so twice):\n{}",
        differ.join("\n")
    );
}
