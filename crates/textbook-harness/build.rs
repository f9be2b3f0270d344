//! Nothing to build: this script exists for its build-dependency, `syn` with `full`, so that
//! this crate tested alone (as `cargo xtask test` does) compiles its dependencies once, with the
//! features the rest of the workspace gives them. Why: crates/textbook-report/build.rs.
fn main() {
    println!("cargo::rerun-if-changed=build.rs");
}
