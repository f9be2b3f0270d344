//! Loops and iteration. `for` walks anything iterable, as in Python; `range(a, b, s)` becomes a
//! range value with methods (`a..b`, `a..=b`, `.step_by(s)`, `.rev()`); `loop` is the endless
//! loop, and the only one that can `break` with a value; comprehensions become iterator chains,
//! which do nothing until something consumes them.

use std::cell::Cell;
use std::collections::{BTreeMap, HashMap};
use std::hint::black_box;
use std::io::{BufRead, Cursor};
use std::panic::{self, UnwindSafe};

use textbook_report::Report;

/// The lecture's range table, row by row, plus the reversed rows it leaves out. Each entry is
/// (Python spelling, Rust spelling, the values).
// `10..0` is the row's point (an empty range, as `range(10, 0)` is); clippy denies the literal by
// default (`reversed_empty_ranges`) because it is usually a mistake for `(0..10).rev()`.
#[allow(clippy::reversed_empty_ranges)]
pub fn range_table() -> Vec<(&'static str, &'static str, Vec<i32>)> {
    vec![
        ("range(5)", "0..5", (0..5).collect()),
        ("range(1, 10)", "1..10", (1..10).collect()),
        ("range(1, 11)", "1..=10", (1..=10).collect()),
        (
            "range(0, 10, 2)",
            "(0..10).step_by(2)",
            (0..10).step_by(2).collect(),
        ),
        ("range(10, 0)", "10..0", (10..0).collect()),
        (
            "range(10, 0, -1)",
            "(1..=10).rev()",
            (1..=10).rev().collect(),
        ),
        (
            "range(10, 0, -2)",
            "(1..=10).rev().step_by(2)",
            (1..=10).rev().step_by(2).collect(),
        ),
        (
            "reversed(range(0, 11, 3))",
            "(0..11).step_by(3).rev()",
            (0..11).step_by(3).rev().collect(),
        ),
        (
            "range(10, -1, -3)",
            "(0..11).rev().step_by(3)",
            (0..11).rev().step_by(3).collect(),
        ),
    ]
}

/// The message of the panic `call` raises, with the default hook (which would print it) silenced.
pub fn panic_message<T>(call: impl FnOnce() -> T + UnwindSafe) -> Option<String> {
    let hook = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let outcome = panic::catch_unwind(call);
    panic::set_hook(hook);
    let payload = outcome.err()?;
    let text = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(a panic without a message)".to_string());
    Some(text)
}

/// `for (i, item) in ....iter().enumerate()`, as the lines the lecture prints.
pub fn enumerated(items: &[&str]) -> Vec<String> {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| format!("{i}: {item}"))
        .collect()
}

/// `for (key, value) in &map`: the lines in the order the map yields them. For a `HashMap` that
/// order is unspecified and changes from one map to the next; Python's dict keeps insertion order.
pub fn map_lines<'a>(map: impl IntoIterator<Item = (&'a &'a str, &'a i32)>) -> Vec<String> {
    let mut lines = Vec::new();
    for (key, value) in map {
        lines.push(format!("{key} = {value}"));
    }
    lines
}

/// The lecture's two-entry map, as a `HashMap`.
pub fn lecture_map() -> HashMap<&'static str, i32> {
    HashMap::from([("x", 1), ("y", 2)])
}

/// The same entries in a `BTreeMap`: iterated in key order, the same on every run.
pub fn sorted_map() -> BTreeMap<&'static str, i32> {
    BTreeMap::from([("x", 1), ("y", 2)])
}

/// The distinct orders in which `count` fresh copies of the lecture's map list their entries,
/// sorted. Each `HashMap` has its own random keys, so with two entries both
/// orders turn up (all 64 alike has a chance of about 1 in 10^19).
pub fn orders_seen(count: usize) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for _ in 0..count {
        let order = map_lines(&lecture_map()).join(", ");
        if !seen.contains(&order) {
            seen.push(order);
        }
    }
    seen.sort();
    seen
}

/// The lecture's `while count < 5`, collecting what it prints.
pub fn count_up(limit: i32) -> Vec<i32> {
    let mut printed = Vec::new();
    let mut count = 0;
    while count < limit {
        printed.push(count);
        count += 1;
    }
    printed
}

/// The lecture's endless `loop` that stops at "quit": how many lines were read, "quit" included.
/// `get_input` is a script here; `None` (the script ran out) ends the loop too.
// The lecture's `loop` with a `break`, kept; clippy would write `while let Some(data) = ...`.
#[allow(clippy::while_let_loop)]
pub fn lines_until_quit(mut get_input: impl FnMut() -> Option<String>) -> usize {
    let mut read = 0;
    loop {
        let Some(data) = get_input() else { break };
        read += 1;
        if data == "quit" {
            break;
        }
    }
    read
}

/// The lecture's `loop` with a value: the first input that parses as an `i32`, and how many
/// inputs were refused before it. `trim` chooses whether surrounding whitespace (the newline
/// that `read_line` keeps) is removed first; the lecture's loop does not, so its `parse` refuses
/// "42\n". When the script runs out the loop breaks with `None` instead of spinning forever.
pub fn first_number(
    mut get_input: impl FnMut() -> Option<String>,
    trim: bool,
) -> (Option<i32>, usize) {
    let mut refused = 0;
    let number = loop {
        let Some(input) = get_input() else { break None };
        let text = if trim { input.trim() } else { input.as_str() };
        if let Ok(num) = text.parse::<i32>() {
            break Some(num);
        }
        refused += 1; // the lecture prints "Not a number, try again"
    };
    (number, refused)
}

/// Labels (not in the lecture): the first pair from two lists that adds up to `target`. The
/// labelled `break` leaves both `for` loops at once and gives the block its value; Python has no
/// labelled break (PEP 3136 was rejected) and uses a function's `return`.
pub fn first_pair_with_sum(xs: &[i32], ys: &[i32], target: i32) -> Option<(i32, i32)> {
    'search: {
        for &x in xs {
            for &y in ys {
                if x + y == target {
                    break 'search Some((x, y));
                }
            }
        }
        None
    }
}

/// A labelled block (not in the lecture): the other expression that can `break` with a value.
pub fn sign_word(n: i32) -> &'static str {
    'sign: {
        if n < 0 {
            break 'sign "negative";
        }
        if n == 0 {
            break 'sign "zero";
        }
        "positive"
    }
}

/// `(Some(42), 1)` → "42 after 1 refused": the same words on both sides of the demo.
pub fn describe_first((number, refused): (Option<i32>, usize)) -> String {
    let number = number.map_or_else(|| "no number".to_string(), |n| n.to_string());
    format!("{number} after {refused} refused")
}

/// A `get_input` that reads lines the way the lecture's would read stdin, with `read_line`: each
/// line keeps its "\n". At the end `read_line` reports 0 bytes and leaves the line empty, which
/// the lecture's loops would take as one more input, forever; here the end of input is `None`.
pub fn read_lines(input: &str) -> impl FnMut() -> Option<String> {
    let mut reader = Cursor::new(input.to_string());
    move || {
        let mut line = String::new();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => Some(line),
        }
    }
}

/// A `get_input` that hands out the lines of a script, then `None`.
pub fn script(lines: &[&str]) -> impl FnMut() -> Option<String> {
    let mut lines: Vec<String> = lines.iter().rev().map(|s| s.to_string()).collect();
    move || lines.pop()
}

/// `[x ** 2 for x in range(n)]`
pub fn squares(n: i32) -> Vec<i32> {
    (0..n).map(|x| x * x).collect()
}

/// `[x for x in range(n) if x % 2 == 0]`
pub fn evens(n: i32) -> Vec<i32> {
    (0..n).filter(|x| x % 2 == 0).collect()
}

/// `[(x, y) for x in range(n) for y in range(n)]`
pub fn pairs(n: i32) -> Vec<(i32, i32)> {
    (0..n).flat_map(|x| (0..n).map(move |y| (x, y))).collect()
}

/// How many times the chain's closure has run before `collect` and after it.
pub fn calls_before_and_after_collect(n: i32) -> (usize, usize) {
    let calls = Cell::new(0);
    let chain = (0..n).map(|x| {
        calls.set(calls.get() + 1);
        x * x
    });
    let before = calls.get();
    let collected: Vec<i32> = chain.collect();
    assert_eq!(collected.len(), calls.get());
    (before, calls.get())
}

/// The timed kernel: the sum of the squares of the even numbers below `n`, as one chain that
/// allocates nothing. `black_box` keeps the optimiser from replacing the loop by a formula.
pub fn sum_even_squares(n: u64) -> u128 {
    (0..n)
        .filter(|x| x % 2 == 0)
        .map(|x| {
            let x = u128::from(black_box(x));
            x * x
        })
        .sum()
}

/// One untimed warm-up call, then the median of five timed ones (seconds), and the result.
pub fn median_time<T>(kernel: impl FnMut() -> T) -> (T, f64) {
    textbook_report::median_seconds(5, kernel)
}

pub fn demo(report: &Report, size: Option<u64>) {
    report.say(
        "Python's range() and Rust's ranges, row by row (the lecture's rows, then reversed ones):",
    );
    for (python, rust, values) in range_table() {
        report.result(python, format!("{rust:<26} {values:?}"));
    }
    // clippy denies a literal zero step (`iterator_step_by_zero`); here the panic is the point.
    #[allow(clippy::iterator_step_by_zero)]
    let zero_step = panic_message(|| (0..10).step_by(0).count());
    report.contrast(
        "range(0, 10, 0)",
        format!("panic: {}", zero_step.unwrap_or_else(|| "none".into())),
        "loops/range-zero-step",
    );

    report.say("\nfor over a list, with enumerate, and over a map:");
    report.result("enumerate", enumerated(&["a", "b", "c"]).join(", "));
    report.say(format!(
        "  (this map, this run: {})",
        map_lines(&lecture_map()).join(", ")
    ));
    report.contrast(
        "orders in 64 maps",
        orders_seen(64).join(" | "),
        "loops/hashmap-order",
    );
    report.result("sorted order", map_lines(&sorted_map()).join(", "));

    report.say("\nwhile, and loop (the endless loop, the one that breaks with a value):");
    report.result("while count < 5", format!("{:?}", count_up(5)));
    report.result(
        "until quit",
        lines_until_quit(script(&["hello", "again", "quit", "never"])),
    );
    report.contrast(
        "until quit, real lines",
        lines_until_quit(read_lines("hello\nagain\nquit\nnever\n")),
        "loops/quit-loop",
    );
    let typed = ["seven", "42\n"];
    report.contrast(
        "first number, raw",
        describe_first(first_number(script(&typed), false)),
        "loops/parse-refuses-newline",
    );
    report.result(
        "first number, trimmed",
        describe_first(first_number(script(&typed), true)),
    );

    report.say("\nLabels: leave two loops at once, or a block, with a value:");
    let show =
        |pair: Option<(i32, i32)>| pair.map_or("None".into(), |(x, y)| format!("({x}, {y})"));
    report.result(
        "pair adding up to 9",
        show(first_pair_with_sum(&[1, 2, 3], &[5, 6, 7], 9)),
    );
    report.result(
        "pair adding up to 99",
        show(first_pair_with_sum(&[1, 2, 3], &[5, 6, 7], 99)),
    );
    report.result("sign_word(-3)", sign_word(-3));

    report.say("\nComprehensions and iterator chains give the same lists:");
    report.result("squares", format!("{:?}", squares(10)));
    report.result("evens", format!("{:?}", evens(20)));
    report.result("pairs", format!("{:?}", pairs(3)));
    let (before, after) = calls_before_and_after_collect(10);
    report.say("  (how often the element code has run before anything consumes the result)");
    report.result("lazy: chain / generator", before);
    report.contrast("chain / list comprehension", before, "loops/lazy-vs-eager");
    report.result("after consuming", after);

    let n = size.unwrap_or(200_000);
    report.say(format!(
        "\nThe timed kernel: the sum of the squares of the even numbers below {n} (median of 5)"
    ));
    if cfg!(debug_assertions) {
        report.say("(debug build: this timing says nothing about Rust's speed; add --release)");
    }
    let (total, seconds) = median_time(|| sum_even_squares(n));
    report.timed("even_squares", total, seconds);
}
