//! Enums replace several Python patterns at once: string constants, `enum.Enum`, and the
//! "class with a `kind` field" tagged union. A Rust enum is all three, and the compiler knows
//! every variant's fields (tests/ui/enums/variant-with-wrong-fields.rs).

use std::mem::size_of;

use textbook_report::{Report, rejected};

/// The lecture's data-less enum, like Python's `enum.Enum` (whose members carry a value).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Pending,
    Active,
    Closed,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Pending, Status::Active, Status::Closed];

    /// The value a Python `Status` member carries; in Rust it is a method, not part of the type.
    pub fn value(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Active => "active",
            Status::Closed => "closed",
        }
    }

    /// Python's `Status("active")`: a lookup by value that can fail, so it returns an `Option`.
    pub fn from_value(value: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.value() == value)
    }
}

/// The lecture's tagged union: each variant its own fields, one of them none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    Text(String),
    Image {
        url: String,
        width: u32,
        height: u32,
    },
    Quit,
    Move {
        x: i32,
        y: i32,
    },
}

/// The lecture's `process`, returning the line it prints so that tests can read it.
pub fn process(msg: &Message) -> String {
    match msg {
        Message::Text(content) => format!("Text: {content}"),
        Message::Image { url, width, height } => format!("Image: {url} ({width}x{height})"),
        Message::Quit => "Quitting".to_string(),
        Message::Move { x, y } => format!("Moving to ({x}, {y})"),
    }
}

/// Bytes of a `Message` and of its largest variant's fields: equal, because the variant is
/// kept in a value `String` can never hold (a niche) instead of a separate tag.
pub fn message_layout() -> (usize, usize) {
    (size_of::<Message>(), size_of::<(String, u32, u32)>())
}

pub fn samples() -> Vec<Message> {
    vec![
        Message::Text("hello".into()),
        Message::Image {
            url: "cat.png".into(),
            width: 100,
            height: 80,
        },
        Message::Quit,
        Message::Move { x: 3, y: -4 },
    ]
}

pub fn demo(report: &Report) {
    report.say("A plain enum, like Python's Enum; the value a Python member carries is a method:");
    let status = Status::from_value("active");
    report.result(
        "status_from_value",
        status.map_or("no such status".to_string(), |s| format!("{s:?}")),
    );
    report.contrast(
        "status_unknown",
        Status::from_value("actve")
            .map_or("None: no such status".to_string(), |s| format!("{s:?}")),
        "adt/python-enum",
    );

    report.say("\nA data-carrying enum, one `match` arm per variant:");
    for (i, msg) in samples().iter().enumerate() {
        report.result(&format!("process_{i}"), process(msg));
    }

    report.say(
        "\nA misspelt variant or a missing field (Python's `Message(kind, **data)` takes both):",
    );
    report.contrast(
        "misspelt_variant",
        rejected(include_str!(
            "../tests/ui/enums/variant-with-wrong-fields.stderr"
        )),
        "adt/rust-variants-type-safe",
    );

    report.say("\nThe size of one message, whatever its variant:");
    let (whole, largest) = message_layout();
    report.contrast(
        "memory_per_message",
        format!("{whole} bytes (largest variant: {largest}, no separate tag)"),
        "adt/memory-tagged-union",
    );
}
