//! anyhow for applications: context that names the file. Twin:
//! python_equivalents/ch09_errors/app_context.py
//!
//! With `CH09_SETTINGS=<path>` it then loads that file, and an error leaves `main`: the runtime
//! prints it with its causes and the process exits with status 1, as an uncaught exception does.
use chapter_09::app_context::{SETTINGS, demo, load_settings};
use textbook_report::{Options, Report};

fn main() -> anyhow::Result<()> {
    let options = Options::from_args("app_context", "anyhow: one error type, with context");
    demo(&Report::new("app_context", options.json));
    if let Some(path) = std::env::var_os(SETTINGS) {
        let settings = load_settings(&path.to_string_lossy())?;
        println!("port {}", settings.port);
    }
    Ok(())
}
