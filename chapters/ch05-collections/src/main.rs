//! The tour: every demo of chapter 5 in lecture order (`cargo run -p chapter-05`).
//! One demo alone: `cargo run -p chapter-05 --bin <demo>`; both sides: `cargo xtask run 5`.
//! The order and the headings are the ledger's; this list only maps each demo to its function.
use std::process::ExitCode;

use chapter_05::{
    arrays, composition, dunders, maps, newtype, others, structs, tuples, vecs, words,
};

fn main() -> ExitCode {
    textbook_report::tour(
        "chapter-05",
        include_str!("../claims.toml"),
        &[
            ("tuples", tuples::demo),
            ("arrays_slices", arrays::demo),
            ("rectangle", structs::demo),
            ("dunder_traits", dunders::demo),
            ("composition", composition::demo),
            ("vec_list", vecs::demo),
            ("hashmap_dict", maps::demo),
            ("other_collections", others::demo),
            ("word_frequency", words::demo),
            ("newtype", newtype::demo),
        ],
    )
}
