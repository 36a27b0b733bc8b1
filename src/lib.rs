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
pub mod parallel;
pub mod query;
pub mod render;
pub mod sanitize;
pub mod synth;

use cli::{Cli, Command};
use commands::Report;
use error::{Error, Result};
use output::Terminal;

/// Runs a parsed command line: loads the content, runs the command, and returns
/// what to print. Warnings from loading come back as notes.
pub fn run(cli: &Cli, term: &Terminal) -> Result<Report> {
    let dir = cli.global.content_dir();
    let dir = dir.as_deref();
    // Each command that reads the corpus loads it here; check, schema and man do not.
    let with = |command: &dyn Fn(&content::Corpus) -> Result<Report>| with_corpus(dir, command);
    match &cli.command {
        Command::List(args) => with(&|c| commands::list::list(c, args, term)),
        Command::Posts(args) => with(&|c| commands::list::posts(c, args, term)),
        Command::Show(args) => with(&|c| commands::show::run(c, args, term)),
        Command::Search(args) => with(&|c| commands::search::run(c, args, term)),
        Command::Tags(args) => with(&|c| commands::taxonomy::tags(c, args, term)),
        Command::Domains(args) => with(&|c| commands::taxonomy::domains(c, args, term)),
        Command::Resume(args) => with(&|c| commands::resume::run(c, args, term)),
        Command::Export(args) => with(&|c| commands::export::run(c, args)),
        Command::Completions(args) => with(&|c| commands::completions::run(c, args.shell)),
        Command::Check(args) => commands::check::run(args, dir),
        Command::Schema(args) => commands::schema::run(args.command),
        Command::Man => commands::man::run(),
    }
}

/// Loads the content, runs `command` on it, and puts the loading warnings
/// before the command's own notes.
fn with_corpus(dir: Option<&std::path::Path>, command: &dyn Fn(&content::Corpus) -> Result<Report>) -> Result<Report> {
    let loaded = load(dir)?;
    let mut report = command(&loaded.corpus)?;
    let mut notes: Vec<String> = loaded.warnings.iter().map(ToString::to_string).collect();
    notes.append(&mut report.notes);
    report.notes = notes;
    Ok(report)
}

/// Loads the content: the folder given, or the bundled content.
pub fn load(dir: Option<&std::path::Path>) -> Result<content::Loaded> {
    match dir {
        None => content::load_bundled().map_err(Error::Content),
        Some(dir) => content::load_dir(dir).map_err(Error::from),
    }
}
