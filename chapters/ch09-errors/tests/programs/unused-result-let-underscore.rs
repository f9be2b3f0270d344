// The same Result, discarded on purpose.
use std::fs;

fn main() {
    let _ = fs::remove_file("config.txt");
}
