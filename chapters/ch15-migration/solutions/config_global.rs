//! Chapter 15, solution of exercise `config_global` (ledger: `exercise/config-global`).
//!
//! Python's module-level `config = Config()` can be rebound by any code. A Rust `static` cannot
//! be assigned after start-up: a value known only at run time goes in a `OnceLock`.
use std::sync::OnceLock;

static DB_HOST: OnceLock<String> = OnceLock::new();

// Solved: `get_or_init` stores the first host (once, even if threads race) and every later
// call gets a shared `&'static` to it.
fn set_db_host(host: &str) -> &'static str {
    DB_HOST.get_or_init(|| host.to_string())
}

fn main() {
    println!("{}", set_db_host("db.internal"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_host_set_is_kept() {
        assert_eq!(set_db_host("db.internal"), "db.internal");
        assert_eq!(set_db_host("other"), "db.internal");
    }
}
