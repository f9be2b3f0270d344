"""Chapter 4, *Control flow*: the Python twins of the Rust demos, and their proofs."""
