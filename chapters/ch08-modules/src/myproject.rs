//! The lecture's `myproject` tree, as a real module tree of this crate. It uses both layouts the
//! compiler accepts: `utils/mod.rs` (the lecture's, the only one before rustc 1.30) and
//! `models.rs` beside a `models/` folder (the one the Reference and `cargo` docs show today).
//! A file is part of the crate only because a `mod` line names it: there is no discovery.

pub mod models;
pub mod utils;
