//! The machinery of the living textbook, shared by the `xtask` command and the workspace's
//! `tests/` package, so that nothing is written twice.

pub mod bench;
pub mod check;
pub mod commands;
pub mod exercise;
pub mod interrupt;
pub mod ledger;
pub mod live;
pub mod pair;
pub mod process;
pub mod pytest;
pub mod python;
pub mod ruff;
pub mod scaffold;
pub mod standing;
pub mod term;
pub mod testlog;
pub mod typecheck;
pub mod workspace;
