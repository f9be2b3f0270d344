"""Chapter 5, *Data structures and collections*: the Python twins of the Rust demos, and proofs."""
