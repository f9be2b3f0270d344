//! Chapter 15, exercise `config_global` (ledger: `exercise/config-global`).
//! Check your work with `cargo xtask exercise 15`; stuck? `cargo xtask exercise 15 --hint`.
//!
//! Python's module-level `config = Config()` can be rebound by any code. A Rust `static` cannot
//! be assigned after start-up: a value known only at run time goes in a `OnceLock`.

static DB_HOST: Option<String> = None;

// TODO: make this compile: keep the first host set, and hand out `&'static str` afterwards.
fn set_db_host(host: &str) -> &'static str {
    DB_HOST = Some(host.to_string());
    DB_HOST.as_deref().unwrap()
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
