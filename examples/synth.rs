//! Writes a synthetic content folder for tests and benchmarks:
//! `cargo run --release --example synth -- DIR COUNT [SEED]`.
//! The same COUNT and SEED always give the same folder.

// A developer tool at the process edge: it reports to stderr directly.
#![allow(clippy::print_stderr)]

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(count)) = (args.first(), args.get(1).and_then(|c| c.parse::<usize>().ok())) else {
        eprintln!("usage: synth DIR COUNT [SEED]");
        return ExitCode::from(2);
    };
    let seed = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(42);
    match dryga::synth::write_dir(&PathBuf::from(dir), count, seed) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("synth: cannot write {dir}: {e}");
            ExitCode::from(2)
        }
    }
}
