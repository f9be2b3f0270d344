//! Step 3, the command enum and a hand-rolled parser with the lecture's cases, default and
//! messages (the two id commands share one helper).
use super::task::Priority;

#[derive(Debug, PartialEq)]
pub enum Command {
    Add { title: String, priority: Priority },
    List { show_done: bool }, // `--all`: done tasks too
    Done { id: u32 },
    Remove { id: u32 },
    Stats,
    Help,
}

impl Command {
    pub fn parse(args: &[String]) -> Result<Self, String> {
        match args.first().map(String::as_str) {
            Some("add") => {
                // `?` turns the `&str` of `ok_or` into the `String` error: `From<&str> for String`.
                let title = args
                    .get(1)
                    .ok_or("usage: rustdo add <title> [priority]")?
                    .clone();
                let priority = args
                    .get(2)
                    .map(|p| p.parse::<Priority>())
                    .transpose()?
                    .unwrap_or(Priority::Medium);
                Ok(Command::Add { title, priority })
            }
            Some("list") => Ok(Command::List {
                show_done: args.get(1).is_some_and(|s| s == "--all"),
            }),
            Some("done") => Ok(Command::Done {
                id: parse_id(args, "usage: rustdo done <id>")?,
            }),
            Some("remove") => Ok(Command::Remove {
                id: parse_id(args, "usage: rustdo remove <id>")?,
            }),
            Some("stats") => Ok(Command::Stats),
            _ => Ok(Command::Help),
        }
    }
}

fn parse_id(args: &[String], usage: &str) -> Result<u32, String> {
    let id = args.get(1).ok_or(usage)?;
    id.parse().map_err(|_| "id must be a number".to_string())
}
