//! The capstone, `rustdo`, as the lecture's modules: task → storage → command → actions → app.
pub mod actions;
pub mod app;
pub mod cli;
pub mod command;
pub mod storage;
pub mod task;
