//! (section being written)

use crate::report::Report;

pub fn demo(_report: &Report) {}
