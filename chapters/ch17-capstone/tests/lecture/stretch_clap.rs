// Stretch goal 1's block, as printed (its indentation in the list removed); the two use lines are
// the ones it needs and does not show.
use clap::Parser;
use crate::task::Priority;

#[derive(Parser)]
enum Command {
    Add { title: String, #[arg(default_value = "medium")] priority: Priority },
    List { #[arg(long)] all: bool },
    Done { id: u32 },
    Remove { id: u32 },
    Stats,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lectures_clap_enum_parses_a_default_priority_and_the_all_flag() {
        let add = Command::try_parse_from(["rustdo", "add", "Write Rust"]).unwrap();
        assert!(matches!(add, Command::Add { priority: Priority::Medium, .. }));
        let list = Command::try_parse_from(["rustdo", "list", "--all"]).unwrap();
        assert!(matches!(list, Command::List { all: true }));
        let Err(typo) = Command::try_parse_from(["rustdo", "lsit"]) else {
            panic!("a mistyped command was accepted");
        };
        assert!(typo.to_string().contains("unrecognized subcommand 'lsit'"), "{typo}");
    }
}
