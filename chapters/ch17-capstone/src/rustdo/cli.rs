//! Stretch goal 1: the same commands declared for clap's derive instead of parsed by hand.
//! `Priority` needs no clap-specific code: its `FromStr` is the value parser.
use clap::Parser;

use super::task::Priority;

#[derive(Debug, PartialEq, Parser)]
#[command(name = "rustdo")]
pub enum Command {
    Add {
        title: String,
        #[arg(default_value = "medium")]
        priority: Priority,
    },
    List {
        #[arg(long)]
        all: bool,
    },
    Done {
        id: u32,
    },
    Remove {
        id: u32,
    },
    Stats,
}
