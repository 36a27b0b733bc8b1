//! Writes a synthetic content folder for tests and benchmarks:
//! `cargo run --release --example synth -- DIR COUNT [SEED]`.
//! The same COUNT and SEED always give the same folder.

// A developer tool at the process edge: it reports to stderr directly.
#![allow(clippy::print_stderr)]

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    // As the OS gives them: a folder's name need not be UTF-8.
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    let number = |i: usize| args.get(i).and_then(|a| a.to_str()).and_then(|a| a.parse::<u64>().ok());
    let (Some(dir), Some(count)) = (args.first(), number(1).and_then(|c| usize::try_from(c).ok())) else {
        eprintln!("usage: synth DIR COUNT [SEED]");
        return ExitCode::from(2);
    };
    let seed = number(2).unwrap_or(42);
    let dir = PathBuf::from(dir);
    match dryga::synth::write_dir(&dir, count, seed) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("synth: cannot write {}: {e}", dir.display());
            ExitCode::from(2)
        }
    }
}
