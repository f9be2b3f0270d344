//! The ? operator: `read_username`, `greet`, `process_file`. Ledger: qm/*.
use std::io;

use chapter_09::propagation::read_username_from;
use chapter_09::propagation::{
    AppError, DOCUMENTS, chain_outcome, greet, greet_from, process_file,
};
use chapter_09::scratch::Scratch;

#[test]
fn greet_returns_the_io_error_before_greeting() {
    let scratch = Scratch::new("greet").unwrap();
    let error = greet_from(&scratch.missing("config.txt")).unwrap_err();
    assert_eq!(error.kind(), io::ErrorKind::NotFound);
    let path = scratch.file("config.txt", "alice\nbob\n").unwrap();
    assert_eq!(greet_from(&path).unwrap(), "Hello, alice!");
}

#[test]
fn greet_prints_nothing_when_the_read_fails_and_keeps_the_spaces_around_the_name() {
    let scratch = Scratch::new("greet-printed").unwrap();
    let mut printed = Vec::new();
    let error = greet(&scratch.missing("config.txt"), &mut printed).unwrap_err();
    assert_eq!(
        format!("greet returned Err({:?})", error.kind()),
        "greet returned Err(NotFound)"
    );
    assert!(printed.is_empty(), "`?` returned before the print");
    let padded = scratch.file("config.txt", "  alice  \r\nbob").unwrap();
    greet(&padded, &mut printed).unwrap();
    assert_eq!(String::from_utf8(printed).unwrap(), "Hello,   alice  !\n");
}

#[test]
fn the_first_line_keeps_its_spaces_and_loses_its_line_ending() {
    let scratch = Scratch::new("username").unwrap();
    let padded = scratch.file("padded.txt", "  alice  \r\nbob").unwrap();
    assert_eq!(read_username_from(&padded).unwrap(), "  alice  ");
    let empty = scratch.file("empty.txt", "").unwrap();
    assert_eq!(read_username_from(&empty).unwrap(), "");
}

#[test]
fn each_question_mark_is_an_exit_with_its_own_variant() {
    let scratch = Scratch::new("chain").unwrap();
    let missing = process_file(&scratch.missing("x.json").to_string_lossy()).unwrap_err();
    assert!(matches!(&missing, AppError::Io(e) if e.kind() == io::ErrorKind::NotFound));
    let outcomes: Vec<String> = DOCUMENTS
        .iter()
        .map(|(case, text)| {
            let path = scratch.file(&format!("{case}.json"), text).unwrap();
            chain_outcome(&process_file(&path.to_string_lossy()))
        })
        .collect();
    assert_eq!(
        outcomes,
        [
            "FERRIS x3",
            "stopped at parse",
            "stopped at validate",
            "stopped at transform"
        ]
    );
}

#[test]
fn the_error_returned_is_the_functions_type_not_the_librarys() {
    // The lecture's diagram has `Return Err(io::Error)`; what returns is AppError::Io(..),
    // made by `From<io::Error> for AppError`, the impl `?` calls.
    let converted: AppError = io::Error::from(io::ErrorKind::NotFound).into();
    assert_eq!(converted.step(), "read");
    assert_eq!(converted.to_string(), "reading: entity not found");
}
