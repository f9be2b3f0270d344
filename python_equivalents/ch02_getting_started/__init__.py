"""Chapter 2, *Getting started*: the Python twins of the Rust demos, and their proofs."""
