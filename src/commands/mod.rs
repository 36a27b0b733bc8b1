//! The edge between the command line and the core: one module per
//! subcommand, gluing the parsed arguments through the query to a renderer.
//! Commands return a [`Report`]; they never print.

pub mod browse;
pub mod card;
pub mod check;
pub mod completions;
pub mod export;
pub mod list;
pub mod man;
pub mod resume;
pub mod schema;
pub mod search;
pub mod show;
pub mod taxonomy;

use std::path::{Path, PathBuf};

use crate::cli::{Cli, Command};
use crate::content::{self, Corpus};
use crate::error::Result;
use crate::output::Terminal;

/// What a command produced.
#[derive(Debug, Default)]
pub struct Report {
    /// The results, for stdout.
    pub stdout: String,
    /// Notes for stderr (each printed as `dryga: …`).
    pub notes: Vec<String>,
    /// Exit 0 when true; exit 1 when false: nothing found, or (for `check`) errors found.
    pub found: bool,
}

impl Report {
    /// A report of `stdout` that found something.
    pub fn found(stdout: String) -> Self {
        Report { stdout, notes: Vec::new(), found: true }
    }
}

/// The content folder: `--content-dir`, else `DRYGA_CONTENT_DIR` when set and
/// not empty (an empty value means the bundled content, as for `NO_COLOR`).
pub fn content_dir(cli: &Cli) -> Option<PathBuf> {
    cli.content_dir()
        .cloned()
        .or_else(|| std::env::var_os("DRYGA_CONTENT_DIR").filter(|v| !v.is_empty()).map(PathBuf::from))
}

/// Runs a parsed command line: loads the content, runs the command, and
/// returns what to print. Warnings from loading come back as notes.
pub fn run(cli: &Cli, term: &Terminal) -> Result<Report> {
    let dir = content_dir(cli);
    let dir = dir.as_deref();
    // Each command that reads the corpus loads it here; check, schema and man do not.
    let with = |command: &dyn Fn(&Corpus) -> Result<Report>| with_corpus(dir, command);
    let Some(command) = &cli.command else { return with(&|c| card::run(c, term)) };
    match command {
        Command::List(args) => with(&|c| list::list(c, args, term)),
        Command::Posts(args) => with(&|c| list::posts(c, args, term)),
        Command::Show(args) => with(&|c| show::run(c, args, term)),
        Command::Search(args) => with(&|c| search::run(c, args, term)),
        Command::Tags(args) => with(&|c| taxonomy::tags(c, &args.taxonomy, term)),
        Command::Domains(args) => with(&|c| taxonomy::domains(c, &args.taxonomy, term)),
        Command::Resume(args) => with(&|c| resume::run(c, args, term)),
        Command::Export(args) => with(&|c| export::run(c, args, term)),
        Command::Browse(args) => {
            // Before loading: without a terminal there is nothing to load for.
            crate::browse::check_terminal()?;
            with(&|c| browse::run(c, args, term))
        }
        Command::Completions(args) => Ok(Report::found(completions::script(args.shell))),
        Command::Check(args) => check::run(args, dir, term),
        Command::Schema(args) => schema::run(args.command),
        Command::Man(args) => man::run(args, term),
    }
}

/// Loads the content, runs `command` on it, and puts one line about the
/// loading warnings (`check` lists them) before the command's own notes.
fn with_corpus(dir: Option<&Path>, command: &dyn Fn(&Corpus) -> Result<Report>) -> Result<Report> {
    let loaded = content::load(dir)?;
    let mut report = command(&loaded.corpus)?;
    if let (n @ 1.., Some(dir)) = (loaded.warnings.len(), dir) {
        let shown = crate::sanitize::clean_line(&dir.to_string_lossy()).into_owned();
        let check = crate::render::shell_quote(&shown);
        let summary = format!("{n} warning{} in {shown}; run dryga check {check}", crate::error::plural_s(n));
        report.notes.insert(0, summary);
    }
    Ok(report)
}
