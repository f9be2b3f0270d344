//! The reader against synthetic files: well-formed, truncated, corrupted and hostile.

use super::*;

const BASE: u64 = 0x40_0000;

/// A minimal executable, written the way a linker lays one out: header, program headers,
/// the interpreter's path, the string table, and the dynamic section last (so that cutting
/// even its final byte breaks the file).
#[derive(Debug)]
struct Built {
    bytes: Vec<u8>,
    big_endian: bool,
    /// Where the dynamic section starts, when there is one.
    dynamic_at: Option<usize>,
    load_header_at: usize,
}

impl Built {
    fn put(&mut self, at: usize, width: usize, value: u64) {
        let le = value.to_le_bytes();
        let field = &mut self.bytes[at..at + width];
        field.copy_from_slice(&le[..width]);
        if self.big_endian {
            field.reverse();
        }
    }
}

fn build(big_endian: bool, interpreter: Option<&str>, needed: Option<&[&str]>) -> Built {
    let headers = 1 + usize::from(interpreter.is_some()) + usize::from(needed.is_some());
    let interp_at = 64 + 56 * headers;
    let interp: Vec<u8> = interpreter
        .map(|s| [s.as_bytes(), b"\0"].concat())
        .unwrap_or_default();
    let strtab_at = interp_at + interp.len();
    let mut strtab = vec![0u8];
    let mut name_offsets = Vec::new();
    for name in needed.unwrap_or_default() {
        name_offsets.push(strtab.len() as u64);
        strtab.extend_from_slice(name.as_bytes());
        strtab.push(0);
    }
    let dynamic_at = strtab_at + strtab.len();
    let mut entries: Vec<(u64, u64)> = name_offsets.iter().map(|&o| (DT_NEEDED, o)).collect();
    entries.extend([
        (DT_STRTAB, BASE + strtab_at as u64),
        (DT_STRSZ, strtab.len() as u64),
        (DT_NULL, 0),
    ]);
    let dynamic_len = if needed.is_some() {
        entries.len() * 16
    } else {
        0
    };
    let total = dynamic_at + dynamic_len;

    let mut built = Built {
        bytes: vec![0; total],
        big_endian,
        dynamic_at: needed.map(|_| dynamic_at),
        load_header_at: 0,
    };
    built.bytes[..4].copy_from_slice(b"\x7fELF");
    built.bytes[4] = 2;
    built.bytes[5] = if big_endian { 2 } else { 1 };
    built.put(16, 2, if interpreter.is_some() { 3 } else { 2 });
    built.put(32, 8, 64);
    built.put(54, 2, 56);
    built.put(56, 2, headers as u64);
    let mut header = 64;
    let mut segment = |built: &mut Built, kind: u64, offset: usize, len: usize| {
        built.put(header, 4, kind);
        built.put(header + 8, 8, offset as u64);
        built.put(header + 16, 8, BASE + offset as u64);
        built.put(header + 32, 8, len as u64);
        header += 56;
        header - 56
    };
    if interpreter.is_some() {
        segment(&mut built, PT_INTERP, interp_at, interp.len());
    }
    built.load_header_at = segment(&mut built, PT_LOAD, 0, total);
    if needed.is_some() {
        segment(&mut built, PT_DYNAMIC, dynamic_at, dynamic_len);
    }
    built.bytes[interp_at..strtab_at].copy_from_slice(&interp);
    if needed.is_some() {
        built.bytes[strtab_at..dynamic_at].copy_from_slice(&strtab);
    }
    for (i, (tag, value)) in entries.iter().enumerate().take(dynamic_len / 16) {
        built.put(dynamic_at + 16 * i, 8, *tag);
        built.put(dynamic_at + 16 * i + 8, 8, *value);
    }
    built
}

const LOADER: &str = "/lib64/ld-linux-x86-64.so.2";
const LIBS: &[&str] = &["libgcc_s.so.1", "libc.so.6"];

fn dynamic_executable(big_endian: bool) -> Built {
    build(big_endian, Some(LOADER), Some(LIBS))
}

#[test]
fn reads_the_interpreter_and_the_needed_libraries_in_order() {
    let facts = read(&dynamic_executable(false).bytes).unwrap();
    assert_eq!(facts.file_type, FileType::PositionIndependent);
    assert_eq!(facts.interpreter.as_deref(), Some(LOADER));
    assert_eq!(facts.needed, LIBS);
    assert!(!facts.is_self_contained());
}

#[test]
fn big_endian_files_read_the_same() {
    let little = read(&dynamic_executable(false).bytes).unwrap();
    assert_eq!(read(&dynamic_executable(true).bytes).unwrap(), little);
}

#[test]
fn no_dynamic_section_means_no_needed_library() {
    let facts = read(&build(false, None, None).bytes).unwrap();
    assert_eq!(facts.file_type, FileType::Executable);
    assert!(facts.is_self_contained(), "{facts:?}");
}

#[test]
fn a_dynamic_section_without_needed_entries_is_self_contained() {
    // What a static-pie binary looks like: it relocates itself, it loads nothing.
    let facts = read(&build(false, None, Some(&[])).bytes).unwrap();
    assert!(facts.is_self_contained(), "{facts:?}");
}

#[test]
fn every_truncation_is_an_error_never_a_panic() {
    let full = dynamic_executable(false).bytes;
    for len in 0..full.len() {
        assert!(
            read(&full[..len]).is_err(),
            "a {len}-byte prefix was accepted"
        );
    }
}

#[test]
fn garbage_is_not_elf() {
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    for len in [0, 3, 64, 1000] {
        let garbage: Vec<u8> = (0..len)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state >> 56) as u8
            })
            .collect();
        assert_eq!(read(&garbage), Err(ElfError::NotElf));
    }
}

#[test]
fn corrupting_any_byte_gives_a_result_or_an_error_never_a_panic() {
    let original = dynamic_executable(false).bytes;
    for at in 0..original.len() {
        for value in [0x00, 0x7f, 0xff] {
            let mut bytes = original.clone();
            bytes[at] = value;
            let outcome = read(&bytes);
            if at < 4 && value != original[at] {
                assert_eq!(outcome, Err(ElfError::NotElf));
            }
        }
    }
}

#[test]
fn other_classes_and_byte_orders_are_named() {
    let mut bytes = dynamic_executable(false).bytes;
    bytes[5] = 7;
    assert_eq!(read(&bytes), Err(ElfError::UnknownByteOrder(7)));
    bytes[4] = 1;
    assert_eq!(read(&bytes), Err(ElfError::NotElf64));
    assert_eq!(ElfError::NotElf64.to_string(), "not a 64-bit ELF file");
}

#[test]
fn hostile_offsets_are_errors() {
    let mut built = dynamic_executable(false);
    built.put(32, 8, u64::MAX); // program header table at the end of the address space
    assert_eq!(
        read(&built.bytes),
        Err(ElfError::OutOfBounds("program header table"))
    );

    let mut built = dynamic_executable(false);
    built.put(56, 2, 0xffff); // 65 535 program headers in a file of a few hundred bytes
    assert_eq!(
        read(&built.bytes),
        Err(ElfError::OutOfBounds("program header table"))
    );

    let mut built = dynamic_executable(false);
    built.put(54, 2, 8);
    assert!(matches!(read(&built.bytes), Err(ElfError::Malformed(_))));

    let mut built = dynamic_executable(false);
    let load = built.load_header_at;
    built.put(load + 8, 8, u64::MAX); // the loadable segment claims an impossible offset
    assert_eq!(
        read(&built.bytes),
        Err(ElfError::OutOfBounds("dynamic string table"))
    );
}

#[test]
fn bad_dynamic_entries_are_errors() {
    let dynamic_at = |built: &Built| built.dynamic_at.unwrap();

    let mut built = dynamic_executable(false);
    let first_needed_value = dynamic_at(&built) + 8;
    built.put(first_needed_value, 8, 1 << 40); // a name far past the string table
    assert_eq!(
        read(&built.bytes),
        Err(ElfError::OutOfBounds("library name"))
    );

    let mut built = dynamic_executable(false);
    let strtab_entry = dynamic_at(&built) + 16 * LIBS.len();
    built.put(strtab_entry + 8, 8, 0x10); // the string table at an unmapped address
    assert!(matches!(read(&built.bytes), Err(ElfError::Malformed(_))));

    built.put(strtab_entry, 8, 0x7000_0000); // no DT_STRTAB at all (an unknown tag instead)
    assert_eq!(
        read(&built.bytes),
        Err(ElfError::Malformed("NEEDED entries but no string table"))
    );

    let mut built = dynamic_executable(false);
    let strsz_entry = dynamic_at(&built) + 16 * (LIBS.len() + 1);
    built.put(strsz_entry + 8, 8, 5); // the table ends inside the first name
    assert_eq!(
        read(&built.bytes),
        Err(ElfError::Unterminated("library name"))
    );
}

#[test]
fn an_interpreter_without_its_nul_is_an_error() {
    let mut built = dynamic_executable(false);
    let nul = 64 + 3 * 56 + LOADER.len();
    built.bytes[nul] = b'!';
    assert_eq!(
        read(&built.bytes),
        Err(ElfError::Unterminated("program interpreter"))
    );
}

#[cfg(target_os = "linux")]
#[test]
fn reads_a_real_executable_of_this_machine() {
    // Whatever the build flags, the running test binary is an ELF64 file this reader accepts.
    let exe = std::env::current_exe().unwrap();
    let facts = read(&std::fs::read(&exe).unwrap());
    assert!(facts.is_ok(), "{}: {facts:?}", exe.display());
}
