"""Chapter 7, *Ownership and borrowing*: the Python twins of the Rust demos, and their proofs."""
