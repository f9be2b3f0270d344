// A Result nobody looks at, with rustc's default lint levels.
use std::fs;

fn main() {
    fs::remove_file("config.txt");
}
