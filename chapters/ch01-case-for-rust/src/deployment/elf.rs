//! Just enough of ELF64 to answer "what does this executable need before it can run?": the
//! program interpreter (the dynamic loader the kernel starts first, `PT_INTERP`) and the shared
//! libraries the loader must find (`DT_NEEDED` entries of the dynamic section). This is what
//! `ldd` is really about, read from the file rather than by running the loader.
//!
//! Every offset read from the file is checked before it is used: a truncated, garbled or hostile
//! file gives an `Err`, never a panic. The Python twin (`deployment.py`) reads the same way.

use std::fmt;

const HEADER_LEN: u64 = 64;
const PROGRAM_HEADER_LEN: u64 = 56;
const DYNAMIC_ENTRY_LEN: u64 = 16;

const PT_LOAD: u64 = 1;
const PT_DYNAMIC: u64 = 2;
const PT_INTERP: u64 = 3;

const DT_NULL: u64 = 0;
const DT_NEEDED: u64 = 1;
const DT_STRTAB: u64 = 5;
const DT_STRSZ: u64 = 10;

/// `e_type`: what the kernel is asked to load.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileType {
    /// `ET_EXEC`: loaded at the fixed addresses the linker chose.
    Executable,
    /// `ET_DYN`: position independent: a shared library, or a PIE executable.
    PositionIndependent,
    Other(u16),
}

/// What an executable asks of the system it runs on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElfFacts {
    pub file_type: FileType,
    /// The dynamic loader's path, `None` when the kernel can start the program by itself.
    pub interpreter: Option<String>,
    /// The shared libraries the loader must find, in the file's order.
    pub needed: Vec<String>,
}

impl ElfFacts {
    /// Needs neither a loader nor any shared library: it runs on any kernel of its architecture.
    pub fn is_self_contained(&self) -> bool {
        self.interpreter.is_none() && self.needed.is_empty()
    }
}

/// Why a file could not be read as an ELF64 executable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ElfError {
    NotElf,
    NotElf64,
    UnknownByteOrder(u8),
    /// A header or table lies (partly) outside the file: truncated, or a bad offset.
    OutOfBounds(&'static str),
    Malformed(&'static str),
    Unterminated(&'static str),
}

impl fmt::Display for ElfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The Python twin raises the same sentences.
        match self {
            ElfError::NotElf => write!(f, "not an ELF file"),
            ElfError::NotElf64 => write!(f, "not a 64-bit ELF file"),
            ElfError::UnknownByteOrder(byte) => write!(f, "unknown byte order {byte}"),
            ElfError::OutOfBounds(what) => write!(f, "the {what} lies outside the file"),
            ElfError::Malformed(why) => write!(f, "malformed: {why}"),
            ElfError::Unterminated(what) => write!(f, "the {what} has no terminating NUL"),
        }
    }
}

impl std::error::Error for ElfError {}

/// One program header, the fields we use.
#[derive(Debug, Clone, Copy)]
struct Segment {
    kind: u64,
    offset: u64,
    vaddr: u64,
    filesz: u64,
}

#[derive(Debug)]
struct Bytes<'a> {
    data: &'a [u8],
    big_endian: bool,
}

impl<'a> Bytes<'a> {
    fn slice(&self, offset: u64, len: u64, what: &'static str) -> Result<&'a [u8], ElfError> {
        let out = || ElfError::OutOfBounds(what);
        let start = usize::try_from(offset).map_err(|_| out())?;
        let len = usize::try_from(len).map_err(|_| out())?;
        let end = start.checked_add(len).ok_or_else(out)?;
        self.data.get(start..end).ok_or_else(out)
    }

    /// An unsigned field of `width` bytes (at most 8) in the file's byte order.
    fn uint(&self, offset: u64, width: u64, what: &'static str) -> Result<u64, ElfError> {
        let bytes = self.slice(offset, width, what)?;
        let shift_in = |acc: u64, byte: &u8| (acc << 8) | u64::from(*byte);
        Ok(if self.big_endian {
            bytes.iter().fold(0, shift_in)
        } else {
            bytes.iter().rev().fold(0, shift_in)
        })
    }

    /// The NUL-terminated string at the start of `bytes`.
    fn c_string(bytes: &[u8], what: &'static str) -> Result<String, ElfError> {
        let end = bytes
            .iter()
            .position(|&b| b == 0)
            .ok_or(ElfError::Unterminated(what))?;
        Ok(String::from_utf8_lossy(&bytes[..end]).into_owned())
    }
}

/// Reads the interpreter and the needed libraries of an ELF64 file (either byte order).
pub fn read(data: &[u8]) -> Result<ElfFacts, ElfError> {
    if data.get(..4) != Some(b"\x7fELF".as_slice()) {
        return Err(ElfError::NotElf);
    }
    let ident = |index: usize| {
        data.get(index)
            .copied()
            .ok_or(ElfError::OutOfBounds("ELF header"))
    };
    if ident(4)? != 2 {
        return Err(ElfError::NotElf64);
    }
    let big_endian = match ident(5)? {
        1 => false,
        2 => true,
        other => return Err(ElfError::UnknownByteOrder(other)),
    };
    let file = Bytes { data, big_endian };
    file.slice(0, HEADER_LEN, "ELF header")?;
    let file_type = match file.uint(16, 2, "ELF header")? {
        2 => FileType::Executable,
        3 => FileType::PositionIndependent,
        other => FileType::Other(u16::try_from(other).unwrap_or(u16::MAX)),
    };
    let segments = segments(&file)?;
    let interpreter = match segments.iter().find(|s| s.kind == PT_INTERP) {
        Some(s) => Some(Bytes::c_string(
            file.slice(s.offset, s.filesz, "program interpreter")?,
            "program interpreter",
        )?),
        None => None,
    };
    let needed = match segments.iter().find(|s| s.kind == PT_DYNAMIC) {
        Some(dynamic) => needed_libraries(&file, dynamic, &segments)?,
        None => Vec::new(), // no dynamic section: linked without any shared library
    };
    Ok(ElfFacts {
        file_type,
        interpreter,
        needed,
    })
}

fn segments(file: &Bytes<'_>) -> Result<Vec<Segment>, ElfError> {
    let table = file.uint(32, 8, "ELF header")?;
    let entry_len = file.uint(54, 2, "ELF header")?;
    let count = file.uint(56, 2, "ELF header")?;
    if count > 0 && entry_len < PROGRAM_HEADER_LEN {
        return Err(ElfError::Malformed("program headers shorter than 56 bytes"));
    }
    let out = || ElfError::OutOfBounds("program header table");
    // Checked as a whole first, so that a huge count in a tiny file fails before any allocation.
    let table_len = count.checked_mul(entry_len).ok_or_else(out)?;
    file.slice(table, table_len, "program header table")?;
    (0..count)
        .map(|i| {
            let at = table + i * entry_len; // in bounds: the whole table was checked
            Ok(Segment {
                kind: file.uint(at, 4, "program header")?,
                offset: file.uint(at + 8, 8, "program header")?,
                vaddr: file.uint(at + 16, 8, "program header")?,
                filesz: file.uint(at + 32, 8, "program header")?,
            })
        })
        .collect()
}

/// The file offset of a virtual address, through the loadable segment that holds it.
fn file_offset(address: u64, segments: &[Segment]) -> Option<(u64, u64)> {
    segments
        .iter()
        .filter(|s| s.kind == PT_LOAD)
        .find(|s| address >= s.vaddr && address - s.vaddr < s.filesz)
        .map(|s| {
            let into = address - s.vaddr;
            // (offset, bytes left in the segment). A garbled segment offset saturates, so that
            // reading there fails as out of bounds.
            (s.offset.saturating_add(into), s.filesz - into)
        })
}

fn needed_libraries(
    file: &Bytes<'_>,
    dynamic: &Segment,
    segments: &[Segment],
) -> Result<Vec<String>, ElfError> {
    let entries = file.slice(dynamic.offset, dynamic.filesz, "dynamic section")?;
    let (mut names, mut strtab, mut strsz) = (Vec::new(), None, None);
    for i in 0..entries.len() as u64 / DYNAMIC_ENTRY_LEN {
        let at = dynamic.offset + i * DYNAMIC_ENTRY_LEN;
        let value = file.uint(at + 8, 8, "dynamic section")?;
        match file.uint(at, 8, "dynamic section")? {
            DT_NULL => break,
            DT_NEEDED => names.push(value),
            DT_STRTAB => strtab = Some(value),
            DT_STRSZ => strsz = Some(value),
            _ => {}
        }
    }
    if names.is_empty() {
        return Ok(Vec::new());
    }
    // DT_STRTAB is an address in memory; the loadable segments say where it is in the file.
    let address = strtab.ok_or(ElfError::Malformed("NEEDED entries but no string table"))?;
    let (offset, left) = file_offset(address, segments).ok_or(ElfError::Malformed(
        "the string table is in no loadable segment",
    ))?;
    let table = file.slice(offset, strsz.unwrap_or(left), "dynamic string table")?;
    names
        .into_iter()
        .map(|name| {
            let start = usize::try_from(name).map_err(|_| ElfError::OutOfBounds("library name"))?;
            let rest = table
                .get(start..)
                .ok_or(ElfError::OutOfBounds("library name"))?;
            Bytes::c_string(rest, "library name")
        })
        .collect()
}

#[cfg(test)]
mod tests;
