//! Chapter 17, *Capstone project*: `rustdo`, the lecture's task manager, as modules
//! (`rustdo::{task, storage, command, actions, app}`), and the demos that run it.

pub mod data_model;
pub mod rustdo;
pub mod task_session;
