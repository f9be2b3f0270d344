// Ignoring a Result is a warning (`unused_must_use`), made an error here only by
// `deny(warnings)`, so that the snapshot records what rustc says by default.
#![deny(warnings)]
use std::fs;

fn main() {
    fs::remove_file("config.txt");
}
