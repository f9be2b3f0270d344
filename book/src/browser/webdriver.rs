//! A WebDriver session with Chromium through `chromedriver`: the W3C protocol's few calls the
//! browser test makes (open a page, run a script, read the console, take a screenshot, set the
//! viewport), over HTTP/1.1 on 127.0.0.1.

use std::fs;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::Chromium;

/// How long chromedriver may take to listen, and one call to answer (a page load included).
const START_TIMEOUT: Duration = Duration::from_secs(30);
const CALL_TIMEOUT: Duration = Duration::from_secs(120);
const LOAD_TIMEOUT: Duration = Duration::from_secs(60);
/// chromedriver gives up on a screenshot after a while when the machine is busy; it is asked
/// again, this many times in all.
const SCREENSHOT_ATTEMPTS: usize = 3;

#[derive(Debug, thiserror::Error)]
pub enum WebDriverError {
    #[error("could not start `{driver}`: {source}")]
    Spawn {
        driver: String,
        source: std::io::Error,
    },
    #[error("chromedriver did not listen on port {port} within {seconds} s")]
    NotListening { port: u16, seconds: u64 },
    #[error("WebDriver {method} {path}: {source}")]
    Io {
        method: String,
        path: String,
        source: std::io::Error,
    },
    #[error("WebDriver {method} {path} answered {status}: {message}")]
    Refused {
        method: String,
        path: String,
        status: u16,
        message: String,
    },
    #[error("{0}")]
    Malformed(String),
}

/// A running chromedriver and one browser session; both end when it is dropped.
#[derive(Debug)]
pub struct Session {
    driver: Child,
    port: u16,
    id: String,
}

impl Session {
    /// Starts chromedriver and a headless Chromium with a fresh profile under `profile`.
    pub fn start(chromium: &Chromium, profile: &Path) -> Result<Session, WebDriverError> {
        let port = free_port().map_err(|source| WebDriverError::Spawn {
            driver: chromium.driver.display().to_string(),
            source,
        })?;
        let driver = Command::new(&chromium.driver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|source| WebDriverError::Spawn {
                driver: chromium.driver.display().to_string(),
                source,
            })?;
        let mut session = Session {
            driver,
            port,
            id: String::new(),
        };
        session.wait_until_listening()?;
        let _ = fs::remove_dir_all(profile);
        let args = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--window-size=1280,900",
            &format!("--user-data-dir={}", profile.display()),
        ];
        let capabilities = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": chromium.browser, "args": args},
            "goog:loggingPrefs": {"browser": "ALL"},
            "timeouts": {"pageLoad": 60_000, "script": 30_000},
        }}});
        let answer = session.call("POST", "/session", Some(&capabilities))?;
        session.id = answer["value"]["sessionId"]
            .as_str()
            .ok_or_else(|| WebDriverError::Malformed(format!("no session id in {answer}")))?
            .to_string();
        Ok(session)
    }

    /// Opens `url` and waits until the document has loaded. chromedriver's navigation is meant
    /// to wait for the load event, but on a busy machine it was seen to return while the page
    /// was still being parsed, so the document's own `readyState` is asked too.
    pub fn goto(&self, url: &str) -> Result<(), WebDriverError> {
        self.session_call("POST", "url", Some(&json!({ "url": url })))?;
        let started = Instant::now();
        loop {
            let state = self.execute("return document.readyState;", vec![])?;
            if state == "complete" {
                return Ok(());
            }
            if started.elapsed() > LOAD_TIMEOUT {
                return Err(WebDriverError::Malformed(format!(
                    "{url} was still loading after {} s",
                    LOAD_TIMEOUT.as_secs()
                )));
            }
            thread::sleep(Duration::from_millis(100));
        }
    }

    /// Runs `script` (a function body; `arguments` holds `args`) and returns what it returns.
    pub fn execute(&self, script: &str, args: Vec<Value>) -> Result<Value, WebDriverError> {
        self.session_call(
            "POST",
            "execute/sync",
            Some(&json!({ "script": script, "args": args })),
        )
    }

    /// The console's errors since the last call (uncaught exceptions, `console.error`, failed
    /// loads), each as Chromium words it.
    pub fn console_errors(&self) -> Result<Vec<String>, WebDriverError> {
        let entries = self.session_call("POST", "se/log", Some(&json!({ "type": "browser" })))?;
        Ok(entries
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .filter(|e| e["level"] == "SEVERE")
            .map(|e| e["message"].as_str().unwrap_or("?").to_string())
            .collect())
    }

    /// Makes the page `width` × `height` CSS pixels, as a screen of that size would.
    pub fn set_viewport(&self, width: u32, height: u32) -> Result<(), WebDriverError> {
        let params =
            json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": false});
        self.session_call(
            "POST",
            "goog/cdp/execute",
            Some(&json!({"cmd": "Emulation.setDeviceMetricsOverride", "params": params})),
        )
        .map(drop)
    }

    /// A PNG of what the viewport shows, written to `path`.
    pub fn screenshot(&self, path: &Path) -> Result<PathBuf, WebDriverError> {
        let mut attempt = 1;
        let data = loop {
            match self.session_call("GET", "screenshot", None) {
                Err(WebDriverError::Refused { .. }) if attempt < SCREENSHOT_ATTEMPTS => {
                    attempt += 1
                }
                other => break other?,
            }
        };
        let text = data
            .as_str()
            .ok_or_else(|| WebDriverError::Malformed("the screenshot is not a string".into()))?;
        let png = base64_decode(text)
            .ok_or_else(|| WebDriverError::Malformed("the screenshot is not base64".into()))?;
        let io = |source| WebDriverError::Io {
            method: "write".into(),
            path: path.display().to_string(),
            source,
        };
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(io)?;
        }
        fs::write(path, png).map_err(io)?;
        Ok(path.to_path_buf())
    }

    fn session_call(
        &self,
        method: &str,
        command: &str,
        body: Option<&Value>,
    ) -> Result<Value, WebDriverError> {
        let path = format!("/session/{}/{command}", self.id);
        Ok(self.call(method, &path, body)?["value"].take())
    }

    fn wait_until_listening(&mut self) -> Result<(), WebDriverError> {
        let started = Instant::now();
        while started.elapsed() < START_TIMEOUT {
            if let Ok(status) = self.call("GET", "/status", None)
                && status["value"]["ready"] == true
            {
                return Ok(());
            }
            thread::sleep(Duration::from_millis(100));
        }
        Err(WebDriverError::NotListening {
            port: self.port,
            seconds: START_TIMEOUT.as_secs(),
        })
    }

    /// One WebDriver call: the answer's JSON, or the error it reports.
    fn call(
        &self,
        method: &str,
        path: &str,
        body: Option<&Value>,
    ) -> Result<Value, WebDriverError> {
        let io = |source| WebDriverError::Io {
            method: method.into(),
            path: path.into(),
            source,
        };
        let body = body.map(Value::to_string).unwrap_or_default();
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).map_err(io)?;
        stream.set_read_timeout(Some(CALL_TIMEOUT)).map_err(io)?;
        write!(
            stream,
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            self.port,
            body.len()
        )
        .map_err(io)?;
        let raw = read_answer(&mut stream).map_err(io)?;
        let (status, text) = parse_response(&raw).ok_or_else(|| {
            WebDriverError::Malformed(format!("{method} {path}: not an HTTP answer"))
        })?;
        let value: Value = serde_json::from_str(&text).map_err(|e| {
            WebDriverError::Malformed(format!(
                "{method} {path}: the answer is not JSON ({e}): {text}"
            ))
        })?;
        if status != 200 {
            let message = value["value"]["message"].as_str().unwrap_or(&text);
            return Err(WebDriverError::Refused {
                method: method.into(),
                path: path.into(),
                status,
                message: message.lines().next().unwrap_or("").to_string(),
            });
        }
        Ok(value)
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if !self.id.is_empty() {
            let _ = self.call("DELETE", &format!("/session/{}", self.id), None);
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// One answer's bytes. chromedriver says `Connection: close` and keeps the connection open, so
/// the end is where `Content-Length` (or the last chunk) says, not where the stream ends.
fn read_answer(stream: &mut TcpStream) -> std::io::Result<Vec<u8>> {
    let mut raw = Vec::new();
    let mut buffer = [0u8; 16 * 1024];
    loop {
        if let Some(split) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&raw[..split]).to_ascii_lowercase();
            let length = head.lines().find_map(|l| {
                l.strip_prefix("content-length:")
                    .and_then(|n| n.trim().parse::<usize>().ok())
            });
            let body = &raw[split + 4..];
            let complete = match length {
                Some(length) => body.len() >= length,
                None if head.contains("chunked") => body.ends_with(b"0\r\n\r\n"),
                None => false,
            };
            if complete {
                return Ok(raw);
            }
        }
        let n = stream.read(&mut buffer)?;
        if n == 0 {
            return Ok(raw);
        }
        raw.extend_from_slice(&buffer[..n]);
    }
}

fn free_port() -> std::io::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// The status and body of an HTTP/1.1 answer (a `Content-Length` one or a chunked one).
fn parse_response(raw: &[u8]) -> Option<(u16, String)> {
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = std::str::from_utf8(&raw[..split]).ok()?;
    let body = &raw[split + 4..];
    let status = head.split_whitespace().nth(1)?.parse().ok()?;
    let chunked = head
        .lines()
        .any(|l| l.to_ascii_lowercase().starts_with("transfer-encoding:") && l.contains("chunked"));
    let body = if chunked {
        dechunk(body)?
    } else {
        body.to_vec()
    };
    Some((status, String::from_utf8(body).ok()?))
}

fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = body.windows(2).position(|w| w == b"\r\n")?;
        let size_text = std::str::from_utf8(&body[..line_end]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        body = &body[line_end + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(..size)?);
        body = body.get(size + 2..)?;
    }
}

fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let clean: Vec<u8> = text.bytes().filter(|c| !c.is_ascii_whitespace()).collect();
    let mut out = Vec::with_capacity(clean.len() / 4 * 3);
    for quad in clean.chunks(4) {
        let data: Vec<u8> = quad.iter().copied().take_while(|&c| c != b'=').collect();
        let mut bits = 0u32;
        for &c in &data {
            bits = (bits << 6) | value(c)?;
        }
        bits <<= 6 * (4 - data.len() as u32);
        let bytes = bits.to_be_bytes();
        out.extend_from_slice(&bytes[1..data.len().max(1)]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_decodes_with_and_without_padding() {
        assert_eq!(base64_decode("TWFu").unwrap(), b"Man");
        assert_eq!(base64_decode("TWE=").unwrap(), b"Ma");
        assert_eq!(base64_decode("TQ==").unwrap(), b"M");
        assert_eq!(base64_decode("iVBORw0K").unwrap(), b"\x89PNG\r\n");
        assert_eq!(base64_decode("T!=="), None);
    }

    #[test]
    fn a_chunked_answer_is_put_back_together() {
        let raw = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"\r\n3\r\n:1}\r\n0\r\n\r\n";
        assert_eq!(parse_response(raw).unwrap(), (200, "{\"a\":1}".to_string()));
        let plain = b"HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\n{}";
        assert_eq!(parse_response(plain).unwrap(), (404, "{}".to_string()));
    }
}
