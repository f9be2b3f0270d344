//! What the browser test needs, with the standard library only: a static HTTP server for the
//! built book on 127.0.0.1, and a WebDriver client for Debian's `chromedriver`. WebDriver is
//! HTTP/1.1 and JSON on a local port, a handful of calls; a client crate (fantoccini, with
//! tokio, hyper and the `url`/ICU stack: 64 more crates to compile) would cost CI more than
//! this module's few hundred lines.

pub mod serve;
pub mod webdriver;

use std::path::PathBuf;

/// The one command that installs what the browser test drives (Debian, Ubuntu).
pub use xtask::commands::INSTALL_CHROMIUM as INSTALL;

/// The browser and its driver, as Debian's packages install them.
#[derive(Debug, Clone)]
pub struct Chromium {
    pub browser: PathBuf,
    pub driver: PathBuf,
}

impl Chromium {
    /// Chromium and chromedriver on this machine (`CHROMIUM` and `CHROMEDRIVER` name others);
    /// `None` when either is missing.
    pub fn find() -> Option<Chromium> {
        let browser = locate("CHROMIUM", &["chromium", "chromium-browser"])?;
        let driver = locate("CHROMEDRIVER", &["chromedriver"])?;
        Some(Chromium { browser, driver })
    }
}

fn locate(var: &str, names: &[&str]) -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(var) {
        let path = PathBuf::from(path);
        return path.is_file().then_some(path);
    }
    let dirs = std::env::var_os("PATH")?;
    std::env::split_paths(&dirs)
        .flat_map(|dir| names.iter().map(move |name| dir.join(name)))
        .find(|path| path.is_file())
}
