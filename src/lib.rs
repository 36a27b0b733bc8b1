//! dryga: Andrew Dryga's portfolio as a fast, offline command-line tool.
//!
//! The library holds everything but the process edge: the content model and its
//! loading ([`content`]), filters and search ([`query`]), renderers ([`render`])
//! and one module per subcommand ([`commands`]). It never prints; `main` does.

pub mod cli;
pub mod commands;
pub mod content;
pub mod error;
pub mod output;
pub mod query;
pub mod render;
pub mod sanitize;

use cli::{Cli, Command};
use commands::Report;
use error::{Error, Result};
use output::Terminal;

/// Runs a parsed command line: loads the content, runs the command, and returns
/// what to print. Warnings from loading come back as notes.
pub fn run(cli: &Cli, term: &Terminal) -> Result<Report> {
    let loaded = content::load_bundled().map_err(Error::Content)?;
    let corpus = &loaded.corpus;
    let mut report = match &cli.command {
        Command::List(args) => commands::list::list(corpus, args, term),
        Command::Posts(args) => commands::list::posts(corpus, args, term),
        Command::Show(args) => commands::show::run(corpus, args, term),
        Command::Search(args) => commands::search::run(corpus, args, term),
        Command::Tags(args) => commands::taxonomy::tags(corpus, args, term),
        Command::Domains(args) => commands::taxonomy::domains(corpus, args, term),
        Command::Resume(args) => commands::resume::run(corpus, args, term),
    }?;
    let mut notes: Vec<String> = loaded.warnings.iter().map(ToString::to_string).collect();
    notes.append(&mut report.notes);
    report.notes = notes;
    Ok(report)
}
