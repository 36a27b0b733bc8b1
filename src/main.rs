//! The `dryga` binary: parse the command line, run it, print, and exit with
//! ripgrep's codes (0 results, 1 nothing found, 2 error).

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use dryga::cli::Cli;
use dryga::error::Error;
use dryga::output::{self, Terminal};

fn main() -> ExitCode {
    // At Tab time the shell runs `COMPLETE=SHELL dryga -- WORDS`: answer and exit.
    dryga::commands::completions::answer_if_asked();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return clap_exit(&err),
    };
    let display = cli.display();
    let color = display.color.unwrap_or(dryga::cli::ColorWhen::Auto);
    let term = Terminal::detect(color.into(), display.width, display.no_pager);
    let result = dryga::commands::run(&cli, &term).and_then(|report| {
        for note in &report.notes {
            diagnose(note);
        }
        output::emit_to(&term, &report.stdout).map_err(|source| Error::Write { source })?;
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

/// Whether help is coloured: clap stopped before `--color` was parsed, so look
/// for it among the raw arguments, then apply anstream's rules (`NO_COLOR`,
/// `CLICOLOR`, `CLICOLOR_FORCE`, `TERM=dumb`, a terminal).
fn help_in_colour() -> bool {
    use anstream::ColorChoice;
    let args: Vec<String> = std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect();
    let flag = args.iter().enumerate().rev().find_map(|(i, a)| match a.strip_prefix("--color") {
        Some("") => args.get(i + 1).map(String::as_str),
        Some(v) => v.strip_prefix('='),
        None => None,
    });
    match flag {
        Some("always") => ColorChoice::Always.write_global(),
        Some("never") => ColorChoice::Never.write_global(),
        _ => ColorChoice::Auto.write_global(),
    }
    anstream::AutoStream::choice(&io::stdout()) != ColorChoice::Never
}

/// Help and version go to stdout with exit 0; usage errors to stderr as
/// `dryga: …` with exit 2.
fn clap_exit(err: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let rendered = if help_in_colour() { err.render().ansi().to_string() } else { err.render().to_string() };
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
