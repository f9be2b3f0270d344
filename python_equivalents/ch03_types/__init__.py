"""Chapter 3, *Built-in types and variables*: the Python twins of the Rust demos, their proofs."""
