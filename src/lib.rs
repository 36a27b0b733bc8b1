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
pub mod synth;

use cli::{Cli, Command};
use commands::Report;
use error::{Error, Result};
use output::Terminal;

/// Runs a parsed command line: loads the content, runs the command, and returns
/// what to print. Warnings from loading come back as notes.
pub fn run(cli: &Cli, term: &Terminal) -> Result<Report> {
    let dir = cli.global.content_dir.as_deref();
    // Commands that do not read the corpus, or read it their own way.
    match &cli.command {
        Command::Check(args) => return commands::check::run(args, dir),
        Command::Schema(args) => return commands::schema::run(args.command),
        Command::Man => return commands::man::run(),
        _ => {}
    }
    let loaded = load(dir)?;
    let corpus = &loaded.corpus;
    let mut report = match &cli.command {
        Command::List(args) => commands::list::list(corpus, args, term),
        Command::Posts(args) => commands::list::posts(corpus, args, term),
        Command::Show(args) => commands::show::run(corpus, args, term),
        Command::Search(args) => commands::search::run(corpus, args, term),
        Command::Tags(args) => commands::taxonomy::tags(corpus, args, term),
        Command::Domains(args) => commands::taxonomy::domains(corpus, args, term),
        Command::Resume(args) => commands::resume::run(corpus, args, term),
        Command::Export(args) => commands::export::run(corpus, args),
        Command::Completions(args) => commands::completions::run(corpus, args.shell),
        // Answered above without loading; answering again here is harmless.
        Command::Check(args) => commands::check::run(args, dir),
        Command::Schema(args) => commands::schema::run(args.command),
        Command::Man => commands::man::run(),
    }?;
    let mut notes: Vec<String> = loaded.warnings.iter().map(ToString::to_string).collect();
    notes.append(&mut report.notes);
    report.notes = notes;
    Ok(report)
}

/// Loads the content: the folder given, or the bundled content.
pub fn load(dir: Option<&std::path::Path>) -> Result<content::Loaded> {
    match dir {
        None => content::load_bundled().map_err(Error::Content),
        Some(dir) => content::load_dir(dir).map_err(|e| match e {
            content::LoadError::Unreadable(shown, e) => {
                Error::Usage(format!("cannot read content folder {shown}: {e}"))
            }
            content::LoadError::Invalid(problems) => Error::Content(problems),
        }),
    }
}
