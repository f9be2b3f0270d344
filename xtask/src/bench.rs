//! `cargo xtask bench`: the performance claims, measured side by side.

/// The benchmarks a ledger's `bench:<name>` proof may name.
pub const NAMES: &[&str] = &["fib", "cpu_work", "startup", "binary_size", "validation"];

pub fn exists(name: &str) -> bool {
    NAMES.contains(&name)
}
