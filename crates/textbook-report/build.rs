//! Nothing to build. This script exists for its build-dependency: `syn` with `full`, which
//! clap's derive (in the xtask, the workspace checks, and two chapters) needs. Cargo unifies the
//! features of the crates built for the host (proc macros, build scripts) within one build, so
//! without this a chapter tested alone (`cargo test -p chapter-01`) builds serde's derive, and
//! everything above it (serde, toml, the chapter itself), against a `syn` without `full`, and a
//! workspace build (`cargo test`) or the checks build them all again against one with it. Every
//! chapter depends on this crate: with it, each is compiled once, whichever way it is built.
fn main() {
    println!("cargo::rerun-if-changed=build.rs");
}
