//! `[bench.build]`: the sizes of every binary of the chapter (its tour and each demo), as cargo
//! builds them by default and in the variants the chapter declares (other RUSTFLAGS, e.g.
//! `-C target-feature=+crt-static`), each built into its own `target/textbook/<variant>/` with an
//! explicit `--target`, so that the flags reach only the target's crates and not the proc macros.
//!
//! What a binary needs from the system is not read here: the chapter's own probe binary, built in
//! each variant, reports it (a demo that reads its own executable), so the xtask holds no
//! reader of executables.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use super::assemble::{Measure, Measured};
use super::spec::{BenchSpec, BuildSpec, Probe, Variant};
use super::stats::{Stats, Unit};
use super::{BenchError, Ctx, failed};
use crate::pair::parse_lines;
use crate::process::{Job, cargo, describe};

const BUILD_TIMEOUT: Duration = Duration::from_secs(40 * 60);
const PROBE_TIMEOUT: Duration = Duration::from_secs(60);

pub(crate) fn measure(
    ctx: &mut Ctx<'_>,
    spec: &BenchSpec,
    build: &BuildSpec,
) -> Result<Measured, BenchError> {
    let name = spec.name.as_str();
    let profile = if ctx.release() { "release" } else { "debug" };
    let mut binaries = vec![ctx.chapter.package.clone()];
    binaries.extend(ctx.chapter.demos()?.into_iter().map(|d| d.name));
    let mut measured = Measured {
        unit: Some(Unit::Bytes),
        ..Measured::default()
    };
    // The first variant is the ordinary build the engine made; the others are built apart, and
    // only for a real run (each is a full build of the dependencies).
    let mut dirs = Vec::new();
    for (i, variant) in build.variants.iter().enumerate() {
        if i == 0 && variant.rustflags.is_none() {
            dirs.push((variant, ctx.ws.target_dir().join(profile)));
        } else if !ctx.quick {
            let dir = build_variant(ctx, name, variant)?;
            dirs.push((variant, dir));
        }
    }
    // Rows binary by binary, each beside its other builds.
    let mut by_variant: Vec<Vec<Measure>> = Vec::new();
    for (variant, dir) in &dirs {
        let mut rows = Vec::new();
        let probed = match &build.probe {
            Some(probe) => Some(run_probe(name, probe, dir)?),
            None => None,
        };
        if let (Some(probe), Some(result)) = (&build.probe, &probed) {
            let free = result.starts_with(&probe.free);
            measured.free.insert(variant.id.clone(), free);
            measured
                .texts
                .insert(format!("{}.probe", variant.id), result.clone());
            measured
                .numbers
                .insert(format!("{}.free", variant.id), if free { 1.0 } else { 0.0 });
        }
        let mut sizes = Vec::new();
        for binary in &binaries {
            let path = dir.join(binary);
            let size = std::fs::metadata(&path)
                .map_err(|e| {
                    failed(
                        name,
                        format!("cannot read {}: {e} (was it built?)", path.display()),
                    )
                })?
                .len() as f64;
            sizes.push(size);
            let mut m = Measure::new(
                binary.clone(),
                variant.series.clone(),
                Stats::one(size),
                ctx.ws.relative(&path),
            );
            if let (Some(probe), Some(result)) = (&build.probe, &probed)
                && *binary == probe.bin
            {
                m.detail = format!("{}: {result}", probe.case).replace(['{', '}'], "");
            }
            rows.push(m);
        }
        by_variant.push(rows);
        let id = &variant.id;
        let min = sizes.iter().copied().fold(f64::INFINITY, f64::min);
        let max = sizes.iter().copied().fold(0.0, f64::max);
        let mean = sizes.iter().sum::<f64>() / sizes.len().max(1) as f64;
        for (key, value) in [
            ("min", min),
            ("max", max),
            ("mean", mean),
            ("count", sizes.len() as f64),
        ] {
            measured.numbers.insert(format!("{id}.{key}"), value);
        }
    }
    let mut columns: Vec<_> = by_variant.into_iter().map(Vec::into_iter).collect();
    for _ in &binaries {
        measured
            .rows
            .extend(columns.iter_mut().filter_map(Iterator::next));
    }
    Ok(measured)
}

/// Runs `<probe.bin> --json` from `dir` and returns the result of `probe.case`.
fn run_probe(bench: &str, probe: &Probe, dir: &Path) -> Result<String, BenchError> {
    let path = dir.join(&probe.bin);
    let mut command = Command::new(&path);
    command.arg("--json");
    let shown = describe(&command);
    let done = Job::new(format!("the probe `{shown}`"), command, PROBE_TIMEOUT).run()?;
    if !done.success() {
        return Err(failed(
            bench,
            format!("the probe `{shown}` failed:\n{}", done.combined()),
        ));
    }
    let lines = parse_lines("Rust", &probe.bin, &done.stdout())?;
    lines
        .into_iter()
        .find(|l| l.case == probe.case)
        .map(|l| l.result)
        .ok_or_else(|| {
            failed(
                bench,
                format!("the probe `{shown}` printed no case `{}`", probe.case),
            )
        })
}

/// The host triple, from `rustc -vV`.
fn host_triple(bench: &str) -> Result<String, BenchError> {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let mut command = Command::new(rustc);
    command.arg("-vV");
    let done = Job::new("rustc -vV", command, Duration::from_secs(60)).run()?;
    done.stdout()
        .lines()
        .find_map(|l| l.strip_prefix("host: ").map(str::to_string))
        .ok_or_else(|| failed(bench, "`rustc -vV` names no host triple"))
}

/// Builds every binary of the chapter in release with the variant's RUSTFLAGS; the folder
/// holding them.
fn build_variant(ctx: &mut Ctx<'_>, bench: &str, variant: &Variant) -> Result<PathBuf, BenchError> {
    let host = host_triple(bench)?;
    let flags = variant.rustflags.clone().unwrap_or_default();
    let target_dir = ctx.ws.scratch_dir().join(variant.id.replace('_', "-"));
    ctx.say(&format!(
        "{bench}: building {} with RUSTFLAGS=\"{flags}\" into {} (the first time compiles every \
         dependency again: a few minutes)…",
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
        .env("RUSTFLAGS", &flags);
    let shown = format!("RUSTFLAGS=\"{flags}\" {}", describe(&command));
    let live_line = crate::live::still_running(format!("the `{}` build", variant.id));
    let done = live_line(Job::new(
        format!("the `{}` build", variant.id),
        command,
        BUILD_TIMEOUT,
    ))
    .run();
    crate::live::finished();
    let done = done?;
    if !done.success() {
        return Err(failed(
            bench,
            format!(
                "`{shown}` failed (a static C library, e.g. glibc's libc.a, may be missing):\n{}",
                done.combined()
            ),
        ));
    }
    Ok(target_dir.join(host).join("release"))
}
