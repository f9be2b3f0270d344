//! Workspace checks live in tests/textbook.rs.
