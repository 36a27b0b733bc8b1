//! The `dryga` binary: parse the command line, run it, print, and exit with
//! ripgrep's codes (0 results, 1 nothing found, 2 error).
//!
//! On Linux with glibc the process starts at our own C `main`, not Rust's
//! runtime: the runtime's start-up asks glibc for the main thread's stack
//! (to name its guard page in a stack-overflow message), and glibc answers
//! by reading and `sscanf`-ing `/proc/self/maps`, a quarter of the
//! instructions of `dryga --version`. What else the runtime does that dryga
//! relies on is done here: SIGPIPE does not kill the process (a closed pipe
//! is a write error, ended quietly), closed standard descriptors point at
//! `/dev/null`, a panic that unwinds ends with 101, stdout is flushed at the
//! end. Elsewhere (other C libraries capture arguments only in Rust's
//! start-up) `main` is Rust's own.
#![cfg_attr(all(not(test), target_os = "linux", target_env = "gnu"), no_main)]

use std::io::{self, IsTerminal, Write};

use dryga::error::Error;
use dryga::output::{self, Terminal};

/// The process's entry point: see the module's documentation.
#[cfg(all(not(test), target_os = "linux", target_env = "gnu"))]
// The attribute names the C entry point; no unsafe code runs (ARCHITECTURE.md, decisions).
#[allow(unsafe_code)]
#[unsafe(no_mangle)]
extern "C" fn main(_argc: std::ffi::c_int, _argv: *const *const std::ffi::c_char) -> std::ffi::c_int {
    prepare();
    // A panic (where it unwinds: debug builds) ends with 101, as Rust's runtime ends it.
    let code = std::panic::catch_unwind(run).unwrap_or(101);
    // A reader gone by now changes nothing: the answer's code stands.
    let _ = io::stdout().flush();
    std::ffi::c_int::from(code)
}

#[cfg(not(all(not(test), target_os = "linux", target_env = "gnu")))]
fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(run())
}

/// Whether stdout was a closed descriptor at start (`dryga list >&-`): its
/// output would go to `/dev/null`, which [`prepare`] opened in its place,
/// and be lost without a word; a write there fails instead, as `ls >&-`
/// fails ([`closed_stdout`]).
#[cfg(all(not(test), target_os = "linux", target_env = "gnu"))]
static STDOUT_CLOSED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// What Rust's runtime would have done before `main`: SIGPIPE caught (a
/// handler that does nothing: a write to a closed pipe then fails with
/// `EPIPE`, and the exec'd pager gets the default back), and each closed
/// standard descriptor (0, 1, 2) opened on `/dev/null`, so that nothing
/// opened later takes its number.
#[cfg(all(not(test), target_os = "linux", target_env = "gnu"))]
fn prepare() {
    use std::os::fd::{AsRawFd, IntoRawFd};
    let _ = signal_hook::flag::register(
        signal_hook::consts::SIGPIPE,
        std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false)),
    );
    if rustix::io::fcntl_getfd(io::stdout()) == Err(rustix::io::Errno::BADF) {
        STDOUT_CLOSED.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    // The lowest free number is taken: while it is a standard one, keep it.
    while let Ok(null) = std::fs::File::options().read(true).write(true).open("/dev/null") {
        if null.as_raw_fd() > 2 {
            break;
        }
        // Open across exec, as the runtime opens it: a pager started later
        // inherits `/dev/null`, not a free number its first file would take.
        let _ = rustix::io::fcntl_setfd(&null, rustix::io::FdFlags::empty());
        let _ = null.into_raw_fd();
    }
}

/// The error of writing `text` to stdout when stdout was closed at start
/// (on Linux with glibc, where dryga's own `main` can tell: elsewhere Rust's
/// runtime opens `/dev/null` in its place first); `None` when it was not,
/// or there is nothing to write.
fn closed_stdout(text: &str) -> Option<io::Error> {
    #[cfg(all(not(test), target_os = "linux", target_env = "gnu"))]
    if !text.is_empty() && STDOUT_CLOSED.load(std::sync::atomic::Ordering::Relaxed) {
        return Some(io::Error::other("standard output is closed"));
    }
    let _ = text;
    None
}

/// Runs the command line; the exit code.
fn run() -> u8 {
    // At Tab time the shell runs `COMPLETE=SHELL dryga -- WORDS`: answer and exit.
    dryga::commands::completions::answer_if_asked();
    let cli = match dryga::cli::parse_args() {
        Ok(cli) => cli,
        Err(err) => return clap_exit(&err),
    };
    let display = cli.display();
    let color = display.color.unwrap_or(dryga::cli::ColorWhen::Auto);
    let term = Terminal::detect(color.into(), display.width, display.no_pager);
    // Whether the command found something, once it has run.
    let mut found = None;
    let result = dryga::commands::run(&cli, &term).and_then(|report| {
        found = Some(report.found);
        for note in &report.notes {
            diagnose(note);
        }
        if let Some(source) = closed_stdout(&report.stdout) {
            return Err(Error::Write { source });
        }
        output::emit_to(&term, &report.stdout, &report.more).map_err(|source| Error::Write { source })?;
        Ok(report.found)
    });
    match result {
        Ok(true) => 0,
        Ok(false) => 1,
        // Rust ignores SIGPIPE, so a closed pipe (`dryga list | head -1`) shows up
        // as a write error: the reader has what it wanted, so end quietly, as
        // ripgrep does, with the code of what was found: 1 for nothing (a
        // search's `[]` unread is still no match).
        Err(err) if err.is_broken_pipe() => u8::from(found == Some(false)),
        Err(err) => {
            diagnose(&err.to_string());
            err.exit_code()
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
/// for it among the raw arguments, then apply the rules of output
/// (`NO_COLOR`, `CLICOLOR`, `CLICOLOR_FORCE`, `TERM=dumb`, a terminal).
fn help_in_colour() -> bool {
    use anstream::ColorChoice;
    let args: Vec<String> = std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect();
    let flag = args.iter().enumerate().rev().find_map(|(i, a)| match a.strip_prefix("--color") {
        Some("") => args.get(i + 1).map(String::as_str),
        Some(v) => v.strip_prefix('='),
        None => None,
    });
    dryga::output::colour_on_stdout(match flag {
        Some("always") => ColorChoice::Always,
        Some("never") => ColorChoice::Never,
        _ => ColorChoice::Auto,
    })
}

/// Help and version go to stdout with exit 0; usage errors to stderr as
/// `dryga: …` with exit 2.
fn clap_exit(err: &clap::Error) -> u8 {
    use clap::error::ErrorKind;
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let rendered = if help_in_colour() { err.render().ansi().to_string() } else { err.render().to_string() };
            match closed_stdout(&rendered).map_or_else(|| output::emit(&rendered), Err) {
                Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
                    diagnose(&format!("cannot write output: {e}"));
                    2
                }
                _ => 0,
            }
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let rendered = err.render().to_string();
            let _ = writeln!(io::stderr().lock(), "{}", rendered.trim_end());
            2
        }
        _ => {
            let rendered = err.render().to_string();
            let text = rendered.trim_end().strip_prefix("error: ").unwrap_or(rendered.trim_end());
            diagnose(text);
            2
        }
    }
}
