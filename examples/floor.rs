//! The floor under a warm `dryga` run over a content folder: lists the
//! folder and stamps (size, mtime, ctime, inode) every item file, as every
//! command through the index does before answering, and nothing else.
//! `cargo run --release --example floor -- DIR` prints how many files it
//! stamped; `bench/index` times it beside rg.

// A developer tool at the process edge: it reports directly.
#![allow(clippy::print_stderr, clippy::print_stdout)]

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: floor DIR");
        return ExitCode::from(2);
    };
    match dryga::index::floor(Path::new(&dir), dryga::parallel::threads()) {
        Ok(n) => {
            println!("{n}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("floor: {e}");
            ExitCode::from(2)
        }
    }
}
