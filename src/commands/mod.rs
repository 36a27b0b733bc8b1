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
use crate::content::{self, Corpus, Loaded};
use crate::error::{Error, Result};
use crate::index::{FolderIndex, Load};
use crate::output::Terminal;

/// What a command produced.
#[derive(Debug, Default)]
pub struct Report {
    /// The results, for stdout.
    pub stdout: String,
    /// More results, written after `stdout` one after another: a search's
    /// thousands of hits are not copied into one string first.
    pub more: Vec<std::borrow::Cow<'static, str>>,
    /// Notes for stderr (each printed as `dryga: …`).
    pub notes: Vec<String>,
    /// Exit 0 when true; exit 1 when false: nothing found, or (for `check`) errors found.
    pub found: bool,
}

impl Report {
    /// A report of `stdout` that found something.
    pub fn found(stdout: String) -> Self {
        Report { stdout, more: Vec::new(), notes: Vec::new(), found: true }
    }

    /// The report of a listing in `format` with nothing in it, and `why`
    /// for stderr: scripts still get a valid document (an empty JSON
    /// array, a CSV header, made by `document`); other formats print nothing.
    fn nothing_listed(
        format: crate::render::ListFormat,
        why: &str,
        document: impl FnOnce() -> Result<String>,
    ) -> Result<Self> {
        use crate::render::ListFormat;
        let stdout = match format {
            ListFormat::Json | ListFormat::Csv => document()?,
            _ => String::new(),
        };
        Ok(Report { stdout, more: Vec::new(), notes: vec![why.to_owned()], found: false })
    }
}

/// The content folder: `--content-dir`, else `DRYGA_CONTENT_DIR` when set and
/// not empty (an empty value means the bundled content, as for `NO_COLOR`).
pub fn content_dir(cli: &Cli) -> Option<PathBuf> {
    cli.content_dir()
        .cloned()
        .or_else(|| std::env::var_os("DRYGA_CONTENT_DIR").filter(|v| !v.is_empty()).map(PathBuf::from))
}

/// How a `dryga …` command that this run's messages name for the user to
/// run next begins: `dryga`, and, when it reads a content folder (given by
/// `--content-dir` or `DRYGA_CONTENT_DIR`), `--content-dir DIR` (quoted for
/// a POSIX shell), so that the command pasted reads what this run read.
pub fn dryga_in(dir: Option<&Path>) -> String {
    match dir {
        Some(dir) => {
            let dir = crate::sanitize::clean_line(&dir.to_string_lossy()).into_owned();
            format!("dryga {}", crate::render::shell_option("--content-dir", &dir))
        }
        None => "dryga".to_owned(),
    }
}

/// Where content folders are indexed: `DRYGA_CACHE_DIR`, else
/// `$XDG_CACHE_HOME/dryga` (an absolute path, as the XDG specification
/// wants), else `~/.cache/dryga`. None with `--no-index` or `DRYGA_NO_INDEX`
/// (set, not empty and not 0), or when no such folder can be named: then
/// folders are read whole on every run.
pub fn cache_dir(cli: &Cli) -> Option<PathBuf> {
    let set = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    if cli.no_index() || set("DRYGA_NO_INDEX").is_some_and(|v| v != "0") {
        return None;
    }
    if let Some(dir) = set("DRYGA_CACHE_DIR") {
        return Some(PathBuf::from(dir));
    }
    if let Some(xdg) = set("XDG_CACHE_HOME").map(PathBuf::from).filter(|p| p.is_absolute()) {
        return Some(xdg.join("dryga"));
    }
    set("HOME").map(|home| PathBuf::from(home).join(".cache").join("dryga"))
}

/// What a command reads: the content, and the folder's index when it has one.
struct Content {
    loaded: Loaded,
    index: Option<FolderIndex>,
}

/// Where the content comes from: the bundled files or a folder, and where its index is kept.
#[derive(Clone, Copy)]
struct Place<'a> {
    dir: Option<&'a Path>,
    cache: Option<&'a Path>,
}

impl Place<'_> {
    /// Loads the content: a folder through its index when it can (with what
    /// `need` asks for), else by reading every file (every item, whole).
    fn load(self, need: Load) -> Result<Content> {
        if let (Some(dir), Some(cache)) = (self.dir, self.cache) {
            match crate::index::open(dir, cache, crate::parallel::threads(), need) {
                Ok(Some(opened)) => return Ok(Content { loaded: opened.loaded, index: Some(opened.index) }),
                // An index that cannot be used is read around: never an error.
                Ok(None) | Err(Error::IndexUnusable { .. }) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(Content { loaded: content::load(self.dir)?, index: None })
    }
}

/// Runs a parsed command line: loads the content, runs the command, and
/// returns what to print. Warnings from loading come back as notes. Made to
/// be called once, by `main`: the content it loads (and a folder index's
/// open file) is left to the system at exit, not freed (see `with_corpus`).
pub fn run(cli: &Cli, term: &Terminal) -> Result<Report> {
    let dir = content_dir(cli);
    // The bundled content needs no index: the environment is not even asked.
    let cache = dir.as_ref().and_then(|_| cache_dir(cli));
    let place = Place { dir: dir.as_deref(), cache: cache.as_deref() };
    let dir = dir.as_deref();
    // How the commands that notes and views name for the user begin.
    let dryga = dryga_in(dir);
    // Each command that reads the corpus loads it here; check, schema and man do not.
    let with = |command: &dyn Fn(&Corpus) -> Result<Report>| with_corpus(place, Load::Bodies, &|c, _| command(c));
    // These need only the items' fields: from an index, no item file is read.
    let fields = |command: &dyn Fn(&Corpus) -> Result<Report>| with_corpus(place, Load::Fields, &|c, _| command(c));
    let Some(command) = &cli.command else { return with(&|c| card::run(c, term, &dryga)) };
    let result = match command {
        Command::List(args) => fields(&|c| list::list(c, args, term, &dryga)),
        Command::Posts(args) => fields(&|c| list::posts(c, args, term, &dryga)),
        Command::Show(args) => with(&|c| show::run(c, args, term, &dryga)),
        // A search of every item (no filter) builds, through an index, only
        // the items of its hits (`search::need`), not the corpus.
        Command::Search(args) => {
            with_corpus(place, search::need(args), &|c, index| search::run(c, index, args, term, &dryga))
        }
        Command::Tags(args) => fields(&|c| taxonomy::tags(c, &args.taxonomy, term)),
        Command::Domains(args) => fields(&|c| taxonomy::domains(c, &args.taxonomy, term)),
        Command::Resume(args) => {
            // A file written (`--output`) is no terminal: coloured only when asked to be.
            let display = cli.display();
            let file = Terminal::file(display.color == Some(crate::cli::ColorWhen::Always), display.width);
            with(&|c| resume::run(c, args, term, &file, &dryga))
        }
        Command::Export(args) => with(&|c| export::run(c, args, term)),
        Command::Browse(args) => {
            // Before loading: without a terminal there is nothing to load for.
            crate::browse::check_terminal().and_then(|()| with(&|c| browse::run(c, args, term, &dryga)))
        }
        Command::Completions(args) => Ok(Report::found(completions::script(args.shell))),
        Command::Check(args) => check::run(args, dir, term),
        Command::Schema(args) => schema::run(args.command),
        Command::Man(args) => man::run(args, term),
    };
    // An error that names a command names one that reads the same content.
    result.map_err(|e| e.naming_commands_as(&dryga))
}

/// What a command is given: the corpus, and the folder's index when it has one.
type Job<'c> = dyn Fn(&Corpus, Option<&FolderIndex>) -> Result<Report> + 'c;

/// Loads the content (with what `need` asks for), runs `command` on it, and
/// puts one line about the loading warnings (`check` lists them) before the
/// command's own notes. An index that turns out unusable while the command
/// runs is read around: the command runs again on the files.
fn with_corpus(place: Place<'_>, need: Load, command: &Job<'_>) -> Result<Report> {
    let Content { loaded, index } = place.load(need)?;
    let (loaded, result) = match command(&loaded.corpus, index.as_ref()) {
        Err(Error::IndexUnusable { .. }) => {
            let again = content::load(place.dir)?;
            let result = command(&again.corpus, None);
            std::mem::forget(loaded);
            (again, result)
        }
        result => (loaded, result),
    };
    let mut report = result?;
    if let (n @ 1.., Some(dir)) = (loaded.warnings.len(), place.dir) {
        let shown = crate::sanitize::clean_line(&dir.to_string_lossy()).into_owned();
        // A folder named like an option (relative, then) is given as `./-x`:
        // clap takes `dryga check -x` for options.
        let dashed = if shown.starts_with('-') { format!("./{shown}") } else { shown.clone() };
        let check = crate::render::shell_quote(&dashed);
        let summary = format!("{n} warning{} in {shown}; run dryga check {check}", crate::error::plural_s(n));
        report.notes.insert(0, summary);
    }
    // The process ends once the report is written: the corpus is not freed
    // item by item (at 100,000 documents, a million strings: a warm search
    // took 568 ms freeing them, 476 ms not, in one run). The system takes it back.
    std::mem::forget((loaded, index));
    Ok(report)
}
