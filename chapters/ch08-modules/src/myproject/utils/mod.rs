//! `utils` in the `mod.rs` layout. This file is the module itself, not a marker: the items it
//! holds live in `utils`, and its `pub mod` lines make its children reachable from outside.

pub mod helpers;
pub mod validators;
