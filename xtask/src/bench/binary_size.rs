//! `binary_size`: the chapter's release binaries as cargo builds them by default, beside the same
//! binaries with the C runtime linked in (`-C target-feature=+crt-static`), built into
//! `target/textbook/crt-static` exactly as the deployment section's test builds them (an explicit
//! `--target`, so that the flag reaches only the target's crates and not the proc macros).
//! Whether each needs a dynamic loader is read from its ELF program headers.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use super::stats::{Stats, Unit, bytes};
use super::verdict::{self, Ruled};
use super::{Bench, BenchError, Ctx, Figure, Row, failed};
use crate::ledger::Verdict;
use crate::pair::cargo;
use crate::process::{Job, describe};

pub(super) const NAME: &str = "binary_size";
const BUILD_TIMEOUT: Duration = Duration::from_secs(40 * 60);
const CRT_STATIC: &str = "-C target-feature=+crt-static";

pub fn run(ctx: &mut Ctx<'_>) -> Result<Bench, BenchError> {
    let profile = if ctx.release() { "release" } else { "debug" };
    let mut names: Vec<String> = vec![ctx.chapter.package.clone()];
    names.extend(ctx.chapter.demos()?.into_iter().map(|d| d.name));
    let default_dir = ctx.ws.target_dir().join(profile);
    let static_dir = if ctx.quick {
        None
    } else {
        Some(build_crt_static(ctx)?)
    };

    let mut rows = Vec::new();
    let (mut default_sizes, mut static_sizes) = (Vec::new(), Vec::new());
    let (mut default_loaders, mut static_loaders) = (Vec::new(), Vec::new());
    for name in &names {
        let (size, loader) = inspect(&default_dir.join(name))?;
        default_sizes.push(size);
        default_loaders.push(loader.clone());
        rows.push(Row {
            case: name.clone(),
            series: "Rust, default".into(),
            stats: Stats::one(size),
            result: ctx.ws.relative(&default_dir.join(name)),
            detail: loader_text(&loader),
        });
        if let Some(dir) = &static_dir {
            let (size, loader) = inspect(&dir.join(name))?;
            static_sizes.push(size);
            static_loaders.push(loader.clone());
            rows.push(Row {
                case: name.clone(),
                series: "Rust, crt-static".into(),
                stats: Stats::one(size),
                result: ctx.ws.relative(&dir.join(name)),
                detail: loader_text(&loader),
            });
        }
    }

    let span = |sizes: &[f64]| {
        let min = sizes.iter().copied().fold(f64::INFINITY, f64::min);
        let max = sizes.iter().copied().fold(0.0, f64::max);
        format!("{}–{}", bytes(min), bytes(max))
    };
    let mut figures = vec![Figure {
        label: format!("{profile} binaries, default"),
        value: default_sizes.iter().sum::<f64>() / default_sizes.len() as f64,
        text: span(&default_sizes),
    }];
    if !static_sizes.is_empty() {
        figures.push(Figure {
            label: "release binaries, crt-static".into(),
            value: static_sizes.iter().sum::<f64>() / static_sizes.len() as f64,
            text: span(&static_sizes),
        });
    }

    let mut claims = vec![verdict::row(
        ctx.ledger,
        "deploy/binary-size",
        "one binary of ~5–20 MB",
        &format!("{} binaries: {}", names.len(), span(&default_sizes)),
        verdict::within_range(
            &default_sizes.iter().map(|b| b / 1e6).collect::<Vec<_>>(),
            5.0,
            20.0,
            |mb| format!("{mb:.1} MB"),
        ),
    )];
    let lecture = "a single binary: no runtime to install, copy it anywhere";
    claims.push(if static_sizes.is_empty() {
        verdict::withheld(
            ctx.ledger,
            "deploy/static-binary",
            lecture,
            "(crt-static not built under --quick)",
            "no crt-static build to judge",
        )
    } else {
        let loaders = default_loaders.iter().flatten().next().cloned();
        verdict::row(
            ctx.ledger,
            "deploy/static-binary",
            lecture,
            &format!(
                "default: needs {}; crt-static: {} ({})",
                loaders.as_deref().unwrap_or("no loader"),
                if static_loaders.iter().all(Option::is_none) {
                    "no loader, no shared library"
                } else {
                    "still needs a loader"
                },
                span(&static_sizes)
            ),
            static_rule(&default_loaders, &static_loaders),
        )
    });

    Ok(Bench {
        name: NAME,
        title: "binary sizes: default release build vs crt-static".into(),
        input: format!(
            "every binary of {} ({profile}){}",
            ctx.chapter.package,
            if ctx.quick {
                "; --quick measures the debug build and skips crt-static"
            } else {
                ", and the same with RUSTFLAGS=\"-C target-feature=+crt-static\""
            }
        ),
        unit: Unit::Bytes,
        rows,
        figures,
        claims,
        notes: vec![
            "Sizes are of the files as built (profile.release has debug = false; not stripped \
             further). The loader is the ELF's PT_INTERP: without one, the kernel runs the \
             binary directly and no shared library is needed."
                .into(),
        ],
    })
}

fn static_rule(default: &[Option<String>], crt_static: &[Option<String>]) -> Ruled {
    let static_free = crt_static.iter().all(Option::is_none);
    let default_needs = default.iter().any(Option::is_some);
    match (default_needs, static_free) {
        (true, true) => Some((
            Verdict::Refined,
            "the default build needs the system's dynamic loader and libc; only with crt-static \
             is it one self-contained file (rule: refined when only crt-static is loader-free)"
                .into(),
        )),
        (false, true) => Some((
            Verdict::Holds,
            "even the default build needs no dynamic loader (rule)".into(),
        )),
        (_, false) => None,
    }
}

fn loader_text(loader: &Option<String>) -> String {
    match loader {
        Some(path) => format!("needs the loader {path}"),
        None => "no dynamic loader".into(),
    }
}

/// The file's size and its ELF interpreter (the dynamic loader), if it names one.
fn inspect(path: &Path) -> Result<(f64, Option<String>), BenchError> {
    let data = fs::read(path).map_err(|e| {
        failed(
            NAME,
            format!(
                "cannot read the binary {}: {e} (was it built?)",
                path.display()
            ),
        )
    })?;
    Ok((data.len() as f64, interpreter(&data)))
}

/// PT_INTERP of a 64-bit little-endian ELF file; `None` for no interpreter or another format.
pub fn interpreter(elf: &[u8]) -> Option<String> {
    const PT_INTERP: u32 = 3;
    if elf.get(..6)? != b"\x7fELF\x02\x01" {
        return None;
    }
    let u16_at = |at: usize| Some(u16::from_le_bytes(elf.get(at..at + 2)?.try_into().ok()?));
    let u32_at = |at: usize| Some(u32::from_le_bytes(elf.get(at..at + 4)?.try_into().ok()?));
    let u64_at =
        |at: usize| Some(u64::from_le_bytes(elf.get(at..at + 8)?.try_into().ok()?) as usize);
    let (phoff, phentsize, phnum) = (u64_at(0x20)?, u16_at(0x36)? as usize, u16_at(0x38)?);
    (0..usize::from(phnum)).find_map(|i| {
        let header = phoff + i * phentsize;
        (u32_at(header)? == PT_INTERP).then_some(())?;
        let (offset, size) = (u64_at(header + 8)?, u64_at(header + 32)?);
        let text = elf.get(offset..offset + size)?;
        Some(
            String::from_utf8_lossy(text)
                .trim_end_matches('\0')
                .to_string(),
        )
    })
}

/// The host triple, from `rustc -vV`.
fn host_triple() -> Result<String, BenchError> {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let mut command = Command::new(rustc);
    command.arg("-vV");
    let done = Job::new("rustc -vV", command, Duration::from_secs(60)).run()?;
    done.stdout()
        .lines()
        .find_map(|l| l.strip_prefix("host: ").map(str::to_string))
        .ok_or_else(|| failed(NAME, "`rustc -vV` names no host triple"))
}

/// Builds every binary of the chapter with crt-static; the folder holding them.
fn build_crt_static(ctx: &mut Ctx<'_>) -> Result<PathBuf, BenchError> {
    let host = host_triple()?;
    let target_dir = ctx.ws.scratch_dir().join("crt-static");
    ctx.say(&format!(
        "{NAME}: building {} with {CRT_STATIC} into {} (the first time compiles every dependency \
         again: a few minutes)…",
        ctx.chapter.package,
        ctx.ws.relative(&target_dir)
    ));
    let mut command = Command::new(cargo());
    command
        .args(["build", "--quiet", "--release", "--bins", "--package"])
        .arg(&ctx.chapter.package)
        .args(["--target", &host, "--target-dir"])
        .arg(&target_dir)
        .current_dir(&ctx.ws.root)
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_BUILD_RUSTFLAGS")
        .env_remove("CARGO_BUILD_TARGET")
        .env("RUSTFLAGS", CRT_STATIC);
    let shown = format!("RUSTFLAGS=\"{CRT_STATIC}\" {}", describe(&command));
    let done = Job::new("the crt-static build", command, BUILD_TIMEOUT).run()?;
    if !done.success() {
        return Err(failed(
            NAME,
            format!(
                "`{shown}` failed (a static C library, e.g. glibc's libc.a, may be missing):\n{}",
                done.combined()
            ),
        ));
    }
    Ok(target_dir.join(host).join("release"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_running_test_binary_names_its_loader_or_none() {
        // This very test binary: a default Linux build names ld-linux; anything else is not ELF.
        let me = std::env::current_exe().unwrap();
        let loader = interpreter(&fs::read(me).unwrap());
        if cfg!(all(target_os = "linux", target_env = "gnu")) {
            assert!(loader.unwrap().contains("ld-linux"));
        }
    }

    #[test]
    fn a_file_that_is_not_elf_has_no_loader() {
        assert_eq!(interpreter(b"#!/bin/sh\n"), None);
        assert_eq!(interpreter(b""), None);
    }
}
