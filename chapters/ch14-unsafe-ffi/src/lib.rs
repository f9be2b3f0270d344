//! Chapter 14, *Unsafe Rust and FFI*: the lecture's examples as functions, shared by the tour
//! (`src/main.rs`), the demos (`src/bin/`), the tests and the exercises.

pub mod calculator;
pub mod extension;
pub mod ffi_safety;
pub mod kernels;
pub mod mocking;
pub mod unsafe_powers;
