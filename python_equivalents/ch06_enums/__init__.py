"""Chapter 6, *Enums and pattern matching*: the Python twins of the Rust demos, and their proofs."""
