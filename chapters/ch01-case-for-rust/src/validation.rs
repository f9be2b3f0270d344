//! Real-world impact, Pydantic. The lecture says Pydantic V2 validates 5–50× faster than V1
//! because its core moved to Rust. This module is the Rust side of that measurement: the same
//! JSON payloads the Python twin validates with pydantic v2 and with the v1 API that pydantic 2
//! still ships (`pydantic.v1`), parsed here by serde_json straight into typed structs.
//!
//! Both sides generate the payloads themselves, byte for byte the same (the CRC-32 of each is a
//! result both must agree on), and both reduce what they parsed to the same checksum, so that
//! the timings compare the same work with the same outcome.

use std::hint::black_box;

use serde::{Deserialize, Serialize};

use textbook_report::Report;

/// Records per payload when no SIZE is given: small enough for a debug build to finish at once.
/// `cargo xtask bench` passes a larger SIZE to a release build.
pub const DEFAULT_SIZE: u64 = 2_000;
/// Timed repetitions after one warm-up run; the median is reported.
pub const REPETITIONS: usize = 3;

/// The flat shape: four scalar fields, what most API payloads look like.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlatUser {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub active: bool,
}

/// One line of an [`Order`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    pub sku: String,
    pub quantity: u32,
    pub price_cents: i64,
}

/// The nested shape: an object holding a list of objects (1 to 5 items, 3 on average).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Order {
    pub id: i64,
    pub customer: String,
    pub items: Vec<Item>,
}

/// The `i`-th flat record; the Python twin builds the same values.
pub fn flat_user(i: u64) -> FlatUser {
    FlatUser {
        id: i as i64,
        name: format!("user{i}"),
        email: format!("user{i}@example.com"),
        active: i.is_multiple_of(3),
    }
}

/// The `i`-th order, with `i % 5 + 1` items.
pub fn order(i: u64) -> Order {
    let items = (0..i % 5 + 1)
        .map(|j| Item {
            sku: format!("SKU-{:05}", (i * 7 + j) % 10_000),
            quantity: (j + 1) as u32,
            price_cents: ((i * 31 + j * 17) % 10_000 + 99) as i64,
        })
        .collect();
    Order {
        id: i as i64,
        customer: format!("customer{}", i % 1_000),
        items,
    }
}

/// A JSON array of `count` records, compact (no spaces), as Python's
/// `json.dumps(..., separators=(",", ":"))` writes it.
pub fn payload<T: Serialize>(count: u64, record: impl Fn(u64) -> T) -> String {
    let records: Vec<T> = (0..count).map(record).collect();
    serde_json::to_string(&records).expect("plain records always serialise")
}

pub fn flat_payload(count: u64) -> String {
    payload(count, flat_user)
}

pub fn nested_payload(count: u64) -> String {
    payload(count, order)
}

/// What was parsed, reduced to one number both languages compute the same way.
pub fn flat_checksum(users: &[FlatUser]) -> i64 {
    users
        .iter()
        .map(|u| u.id + u.name.len() as i64 + u.email.len() as i64 + i64::from(u.active))
        .sum()
}

pub fn nested_checksum(orders: &[Order]) -> i64 {
    orders
        .iter()
        .map(|o| {
            o.id + o.customer.len() as i64
                + o.items
                    .iter()
                    .map(|it| i64::from(it.quantity) * it.price_cents + it.sku.len() as i64)
                    .sum::<i64>()
        })
        .sum()
}

/// Parses and checks a payload of flat records: every field present, of its declared type.
pub fn validate_flat(payload: &str) -> Result<Vec<FlatUser>, serde_json::Error> {
    serde_json::from_str(payload)
}

pub fn validate_nested(payload: &str) -> Result<Vec<Order>, serde_json::Error> {
    serde_json::from_str(payload)
}

/// CRC-32 (IEEE, the one Python's `zlib.crc32` computes): proof that both sides parse the same bytes.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

/// `"2000 records, 123456 bytes, crc32 1a2b3c4d"`: the payload, described the same way on both sides.
pub fn describe_payload(count: u64, payload: &str) -> String {
    format!(
        "{count} records, {} bytes, crc32 {:08x}",
        payload.len(),
        crc32(payload.as_bytes())
    )
}

/// Runs `work` once to warm up, then [`REPETITIONS`] times; the last result and the median time.
pub fn median_seconds<T>(work: impl FnMut() -> T) -> (T, f64) {
    textbook_report::median_seconds(REPETITIONS, work)
}

fn outcome<T>(parsed: Result<Vec<T>, serde_json::Error>, checksum: fn(&[T]) -> i64) -> String {
    match parsed {
        Ok(records) => format!("{} valid, checksum {}", records.len(), checksum(&records)),
        Err(e) => format!("Err: {e}"),
    }
}

/// The tour's entry point, with the default size.
pub fn demo(report: &Report) {
    run(report, DEFAULT_SIZE);
}

/// Times one payload: only the parse, as on the Python side; the checksum is taken afterwards.
fn measure<T>(
    report: &Report,
    shape: &str,
    text: &str,
    validate: fn(&str) -> Result<Vec<T>, serde_json::Error>,
    checksum: fn(&[T]) -> i64,
) {
    let (parsed, seconds) = median_seconds(|| validate(black_box(text)));
    report.timed(shape, outcome(parsed, checksum), seconds);
}

/// The section, with `count` records in each payload.
pub fn run(report: &Report, count: u64) {
    if cfg!(debug_assertions) {
        report.say(
            "NOTE: a debug build: its timings mean little. For real figures: \
             cargo xtask bench 1 validation",
        );
    }
    let text = flat_payload(count);
    report.say(format!(
        "flat: {count} records as one JSON array, parsed by serde_json into Vec<FlatUser>:"
    ));
    report.result("flat_payload", describe_payload(count, &text));
    measure(report, "flat", &text, validate_flat, flat_checksum);

    let text = nested_payload(count);
    report.say(format!(
        "\nnested: {count} records as one JSON array, parsed by serde_json into Vec<Order>:"
    ));
    report.result("nested_payload", describe_payload(count, &text));
    measure(report, "nested", &text, validate_nested, nested_checksum);

    report.say(
        "\nThe Python twin validates the same bytes with pydantic v2 and with pydantic.v1; \
         `cargo xtask bench 1 validation` sets the three side by side.",
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_published_check_value() {
        // The CRC-32 of "123456789" is the standard's check value.
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn payloads_are_compact_json_in_field_order() {
        assert_eq!(
            flat_payload(1),
            r#"[{"id":0,"name":"user0","email":"user0@example.com","active":true}]"#
        );
        assert!(nested_payload(2).starts_with(r#"[{"id":0,"customer":"customer0","items":[{"sku":"SKU-00000","quantity":1,"price_cents":99}]}"#));
    }
}
