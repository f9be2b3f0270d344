//! What the scratch-project tests share: a scratch directory, `cargo new`, and cargo runs that
//! must succeed or must fail.
// Each test file uses its own part of this module.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use chapter_02::tools::{Ran, Scratch, cargo, new_project};

pub fn scratch(label: &str) -> Scratch {
    Scratch::new(label).expect("the temp dir is writable")
}

pub fn new(scratch: &Scratch, name: &str) -> PathBuf {
    new_project(scratch.path(), name).expect("cargo new works offline")
}

pub fn cargo_ok(dir: &Path, args: &[&str]) -> Ran {
    let ran = cargo(dir, args).expect("cargo runs");
    assert!(ran.success, "cargo {args:?} failed:\n{}", ran.stderr);
    ran
}

pub fn cargo_fails(dir: &Path, args: &[&str]) -> Ran {
    let ran = cargo(dir, args).expect("cargo runs");
    assert!(!ran.success, "cargo {args:?} should fail:\n{}", ran.stdout);
    ran
}
