//! Step 1, the data model: `Priority` and `Task`, with `Display`, `FromStr` and serde.
use std::fmt;
use std::str::FromStr;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Priority {
    Low,
    Medium,
    High,
}

impl Priority {
    pub const ALL: [Priority; 3] = [Priority::Low, Priority::Medium, Priority::High];

    /// The name `Display` writes, the same that serde's `rename_all` writes to the file.
    pub fn name(self) -> &'static str {
        match self {
            Priority::Low => "low",
            Priority::Medium => "medium",
            Priority::High => "high",
        }
    }

    /// The colour a task of this priority shows. Each `match` here names every variant, so a new
    /// one is a compile error (E0004) rather than a task without a name or an icon.
    pub fn icon(self) -> &'static str {
        match self {
            Priority::High => "🔴",
            Priority::Medium => "🟡",
            Priority::Low => "🟢",
        }
    }
}

impl fmt::Display for Priority {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Priority {
    type Err = String;

    /// A name or a short form, in any case ("H", "HIGH"); the message echoes the lower-cased
    /// text, as the lecture's does.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.to_lowercase();
        let name = match wanted.as_str() {
            "l" => "low",
            "m" | "med" => "medium",
            "h" => "high",
            other => other,
        };
        Priority::ALL
            .into_iter()
            .find(|p| p.name() == name)
            .ok_or_else(|| format!("unknown priority: '{wanted}' (use low/medium/high)"))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Task {
    pub id: u32,
    pub title: String,
    pub priority: Priority, // in the file as "low", "medium" or "high"
    pub done: bool,
    pub created: String, // YYYY-MM-DDTHH:MM:SS in UTC (the lecture stamps local time)
}

impl Task {
    /// Stamped with the current UTC time: chrono (the lecture's `Local::now()`) is not a
    /// dependency of this workspace, so the stamp is computed from `SystemTime`.
    pub fn new(id: u32, title: impl Into<String>, priority: Priority) -> Self {
        let secs = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Self::created_at(id, title, priority, iso_utc(secs))
    }

    /// A task with a fixed stamp, so that demos and tests print the same text every run.
    pub fn created_at(
        id: u32,
        title: impl Into<String>,
        priority: Priority,
        created: impl Into<String>,
    ) -> Self {
        Self {
            id,
            title: title.into(),
            priority,
            done: false,
            created: created.into(),
        }
    }
}

impl fmt::Display for Task {
    /// `⬜ 1 [🔴] Write Rust (2026-11-27T10:00:00)`: status, id, icon, title, stamp.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mark = if self.done { '✅' } else { '⬜' };
        let Task { id, title, .. } = self;
        let (icon, created) = (self.priority.icon(), &self.created);
        write!(f, "{mark} {id} [{icon}] {title} ({created})")
    }
}

/// `YYYY-MM-DDTHH:MM:SS` for seconds since 1970 (UTC), the format the lecture asks of chrono.
/// Days to a civil date: Howard Hinnant's `civil_from_days`.
pub fn iso_utc(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let (h, m, s) = (rem / 3_600, rem % 3_600 / 60, rem % 60);
    format!("{year:04}-{month:02}-{day:02}T{h:02}:{m:02}:{s:02}")
}
