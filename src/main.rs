//! The `dryga` binary: parse the command line, run it, print, and exit with
//! ripgrep's codes (0 results, 1 nothing found, 2 error).

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use dryga::cli::Cli;
use dryga::error::Error;
use dryga::output::{self, Terminal};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return clap_exit(&err),
    };
    let term = Terminal::detect(&cli.global);
    let result = dryga::run(&cli, &term).and_then(|report| {
        for note in &report.notes {
            diagnose(note);
        }
        output::emit_to(&term, &report.stdout).map_err(Error::Output)?;
        Ok(report.found)
    });
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        // Rust ignores SIGPIPE, so a closed pipe (`dryga list | head -1`) shows up
        // as a write error: the reader has what it wanted, so end quietly, as
        // ripgrep does.
        Err(err) if err.is_broken_pipe() => ExitCode::SUCCESS,
        Err(err) => {
            diagnose(&err.to_string());
            ExitCode::from(err.exit_code())
        }
    }
}

/// Prints `dryga: message` on stderr, without control characters when stderr
/// is a terminal. A failing stderr has nowhere to report to, so it is ignored.
fn diagnose(message: &str) {
    let mut err = io::stderr().lock();
    let text = if io::stderr().is_terminal() { dryga::sanitize::clean(message) } else { message.into() };
    let _ = writeln!(err, "dryga: {text}");
}

/// Help and version go to stdout with exit 0; usage errors to stderr as
/// `dryga: …` with exit 2.
fn clap_exit(err: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let rendered =
                if io::stdout().is_terminal() { err.render().ansi().to_string() } else { err.render().to_string() };
            match output::emit(&rendered) {
                Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
                    diagnose(&format!("cannot write output: {e}"));
                    ExitCode::from(2)
                }
                _ => ExitCode::SUCCESS,
            }
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let rendered = err.render().to_string();
            let _ = writeln!(io::stderr().lock(), "{}", rendered.trim_end());
            ExitCode::from(2)
        }
        _ => {
            let rendered = err.render().to_string();
            let text = rendered.trim_end().strip_prefix("error: ").unwrap_or(rendered.trim_end());
            diagnose(text);
            ExitCode::from(2)
        }
    }
}
