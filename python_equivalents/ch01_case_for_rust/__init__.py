"""Chapter 1, *The case for Rust*: the Python twins of the Rust demos, and their proofs."""
