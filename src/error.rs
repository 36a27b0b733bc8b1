//! The error type: what went wrong, with the data to say it, rendered in one
//! `Display`, and the exit code it maps to.

use std::fmt;
use std::io;
use std::path::PathBuf;

use crate::content::{Problem, Severity};
use crate::query::section::Near;
use crate::query::suggest::{did_you_mean, joined};
use crate::sanitize::{escape, quote};

/// Everything that can stop a command. Each variant carries what the message
/// needs; [`Error::exit_code`] maps it to ripgrep's codes.
#[derive(Debug)]
pub enum Error {
    /// `show`: no item by that slug or title (exit 1).
    NotFound {
        /// What was asked for.
        name: String,
        /// The closest slugs, best first.
        near: Vec<String>,
        /// How the command named when none is close begins ([`Error::naming_commands_as`]).
        dryga: String,
    },
    /// `show`: a title that several items have (exit 2: a name that needs
    /// to be one, not one looked for and not found); their slugs name each.
    AmbiguousTitle {
        /// What was asked for.
        name: String,
        /// The slugs of the items with that title.
        slugs: Vec<String>,
    },
    /// `show ''`: an empty name, which names nothing (exit 2, as an empty
    /// query is: not a name that was looked for and not found).
    EmptyName {
        /// How the command named begins ([`Error::naming_commands_as`]).
        dryga: String,
    },
    /// `show NAME --section TEXT` whose words for the name name nothing
    /// together while the first of them name an item (`show blitz
    /// --section the ask`: `ask` is the name's, as a title's words may be
    /// given unquoted): a heading of several words is quoted (exit 2).
    SectionWordsInName {
        /// The words given for the name, joined.
        name: String,
        /// The slug of the item the first of them name.
        slug: String,
        /// The words after those.
        rest: String,
        /// The section asked for, with those words.
        section: String,
        /// How the command named begins ([`Error::naming_commands_as`]).
        dryga: String,
    },
    /// `show --section`: no heading of the item matches (exit 1).
    SectionNotFound {
        /// The item's slug.
        slug: String,
        /// What was asked for.
        wanted: String,
        /// The closest headings, or the sections there are.
        near: Near,
    },
    /// `show --section` with no words to match a heading (`''`, `!!!`):
    /// a bad value (exit 2), as an empty query is, not a heading looked for
    /// and not found.
    SectionWithoutWords {
        /// The item's slug.
        slug: String,
        /// What was given.
        wanted: String,
        /// The titles of the sections to offer ([`crate::query::section::to_offer`]).
        sections: Vec<String>,
        /// Whether the item has headings at all.
        headed: bool,
    },
    /// A `--tag` no item carries (exit 2).
    UnknownTag {
        /// The tag as given.
        value: String,
        /// The closest known tags, best first.
        near: Vec<String>,
        /// The domain it names (its slug), when it is one (`fintech`): a
        /// `--domain`, not a tag.
        domain: Option<String>,
        /// How the command named when none is close begins ([`Error::naming_commands_as`]).
        dryga: String,
    },
    /// A `--domain` outside the vocabulary (exit 2).
    UnknownDomain {
        /// The domain as given.
        value: String,
        /// The closest known domains, best first.
        near: Vec<String>,
        /// Every known domain, listed when none is close.
        known: Vec<String>,
    },
    /// `--domain` with posts only: posts have no domain (exit 2).
    DomainOnPosts,
    /// A search query with nothing in it (exit 2).
    EmptyQuery,
    /// A search query over the length limit (exit 2).
    QueryTooLong {
        /// Its length in bytes.
        bytes: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// A search query with too many words and phrases (exit 2).
    TooManyTerms {
        /// How many it has.
        count: usize,
        /// The limit.
        limit: usize,
    },
    /// A search query without a letter or digit (exit 2).
    NothingToSearch {
        /// The query as given.
        query: String,
    },
    /// A word query with a search engine's operator that dryga does not
    /// have: `OR`, `NOT` or `-word` (exit 2). Read as words, each would
    /// find what the user meant to leave out, or only the items that have
    /// every word.
    QueryOperator {
        /// The operator as typed (`OR`, `NOT`, `-mobile`).
        operator: String,
    },
    /// An option's error whose value came from a word with a dash before it
    /// (`-docker`, read as `--domain ocker`): the option's own error, and
    /// how the word was read, since search has no words left out (the
    /// inner error's exit code).
    ReadAsOption {
        /// The word as typed (`-docker`).
        word: String,
        /// The option and value it was read as (`--domain ocker`).
        option: String,
        /// The option's error.
        inner: Box<Error>,
    },
    /// A `--regex` that does not compile (exit 2).
    InvalidRegex {
        /// The regex crate's explanation.
        message: String,
    },
    /// A `--regex` that matches the empty string, so everything (exit 2).
    RegexMatchesEmpty,
    /// A `--regex` that names a line break, which a search read line by
    /// line never matches (exit 2, as ripgrep refuses it).
    RegexLineBreak,
    /// The content folder itself cannot be read (exit 2).
    ContentDir {
        /// The folder.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// The content has errors (exit 2); every problem, warnings included.
    Content {
        /// The problems, by file, line and column.
        problems: Vec<Problem>,
    },
    /// `man --dir`: a page could not be written (exit 2).
    ManDir {
        /// The folder or file.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// `resume --for`: the job description cannot be read (exit 2).
    JobUnreadable {
        /// The file (`-` for standard input).
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// `resume --for`: the job description is over the size limit (exit 2).
    JobTooLarge {
        /// The file (`-` for standard input).
        path: PathBuf,
        /// The limit in bytes.
        limit: usize,
    },
    /// `resume --for`: the job description is not text: a PDF, or bytes
    /// with a NUL (exit 2).
    JobNotText {
        /// The file (`-` for standard input).
        path: PathBuf,
    },
    /// `resume --for`: the job description has no words (exit 2).
    JobWithoutWords {
        /// The file (`-` for standard input).
        path: PathBuf,
    },
    /// `resume --output`: the file could not be written (exit 2); nothing
    /// was, and a file there is as it was.
    Output {
        /// The file.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// `resume --output` without `--format`: the file's extension names no
    /// format (exit 2).
    OutputFormat {
        /// The file.
        path: PathBuf,
    },
    /// Writing to stdout failed (exit 2; a closed pipe is not an error, see `main`).
    Write {
        /// Why.
        source: io::Error,
    },
    /// A table could not be written as CSV (exit 2).
    Csv {
        /// Why.
        message: String,
    },
    /// `browse` without a terminal on stdin and stdout (exit 2).
    NoTerminal {
        /// How the command named instead begins ([`Error::naming_commands_as`]).
        dryga: String,
    },
    /// The terminal failed while `browse` drove it (exit 2).
    Terminal {
        /// Why.
        source: io::Error,
    },
    /// A content folder's index cannot be used (it does not check out). Never
    /// shown: the command reads the folder instead (exit 2).
    IndexUnusable {
        /// The index file.
        path: PathBuf,
        /// What did not check out.
        why: String,
    },
    /// A value could not be serialised as JSON (exit 2).
    Json {
        /// Why.
        source: serde_json::Error,
    },
}

/// How a command an error names begins until the edge says how this run's
/// do ([`Error::naming_commands_as`]).
pub const DRYGA: &str = "dryga";

impl Error {
    /// This error, the `dryga …` command its message names (if any) begun
    /// with `dryga`: `dryga --content-dir DIR` when the run read a folder,
    /// so that the command pasted reads it too. The core makes errors with
    /// [`DRYGA`]; the edge, which knows the run, says this.
    #[must_use]
    pub fn naming_commands_as(mut self, dryga: &str) -> Self {
        if let Error::NotFound { dryga: named, .. }
        | Error::SectionWordsInName { dryga: named, .. }
        | Error::EmptyName { dryga: named }
        | Error::UnknownTag { dryga: named, .. }
        | Error::NoTerminal { dryga: named } = &mut self
        {
            dryga.clone_into(named);
        }
        if let Error::ReadAsOption { word, option, inner } = self {
            return Error::ReadAsOption { word, option, inner: Box::new(inner.naming_commands_as(dryga)) };
        }
        self
    }

    /// The process exit code, as ripgrep's: 1 for not found, 2 for errors.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::NotFound { .. } | Error::SectionNotFound { .. } => 1,
            Error::ReadAsOption { inner, .. } => inner.exit_code(),
            _ => 2,
        }
    }

    /// Whether this is a write to a closed pipe, which ends the program quietly.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Write { source } if source.kind() == io::ErrorKind::BrokenPipe)
    }
}

/// [`Error::NotFound`]'s message: the closest slugs, or the command that lists them all.
fn not_found(f: &mut fmt::Formatter<'_>, name: &str, near: &[String], dryga: &str) -> fmt::Result {
    write!(f, "no project or post named {}{}", quote(name), did_you_mean(near))?;
    if near.is_empty() {
        write!(f, " (run `{dryga} list --kind all` to see them all)")?;
    }
    Ok(())
}

/// [`Error::SectionWordsInName`]'s message: the name not found, the item
/// its first words name, and the command that names the section asked for.
fn section_words_in_name(
    f: &mut fmt::Formatter<'_>,
    name: &str,
    slug: &str,
    rest: &str,
    section: &str,
    dryga: &str,
) -> fmt::Result {
    write!(
        f,
        "no project or post named {} ({slug} is one; {} was read as words of its name): \
         to name a section by several words, quote them: `{dryga} show {slug} --section {}`",
        quote(name),
        quote(rest),
        crate::render::shell_quote(section)
    )
}

/// [`Error::AmbiguousTitle`]'s message: the title, and the slugs that name each item.
fn ambiguous_title(f: &mut fmt::Formatter<'_>, name: &str, slugs: &[String]) -> fmt::Result {
    let slugs: Vec<String> = slugs.iter().map(|s| escape(s).into_owned()).collect();
    write!(f, "{} is the title of {} items: show one by its slug ({})", quote(name), slugs.len(), slugs.join(", "))
}

/// What [`Error::SectionNotFound`] offers after its message: the close
/// headings, or the sections there are.
fn write_near_sections(f: &mut fmt::Formatter<'_>, near: &Near) -> fmt::Result {
    match near {
        Near::Sections(titles) if titles.is_empty() => f.write_str(" (it has no headings)"),
        Near::Sections(titles) => write!(f, "; its sections are {}", listed_titles(titles, "and")),
        Near::NoNames => f.write_str(" (and no heading of it has words to name it by)"),
        Near::Close(titles) => {
            let titles: Vec<String> = titles.iter().map(|h| quote(h)).collect();
            f.write_str(&did_you_mean(&titles))
        }
    }
}

/// [`Error::SectionWithoutWords`]'s message: what was given, and the
/// item's sections to give words of.
fn section_without_words(
    f: &mut fmt::Formatter<'_>,
    slug: &str,
    wanted: &str,
    sections: &[String],
    headed: bool,
) -> fmt::Result {
    if wanted.trim().is_empty() {
        f.write_str("the section name is empty")?;
    } else {
        write!(f, "the section name {} has no words", quote(wanted))?;
    }
    match (sections.is_empty(), headed) {
        (true, false) => write!(f, " ({slug} has no headings)"),
        (true, true) => write!(f, " (and no heading of {slug} has words to name it by)"),
        _ => write!(f, "; give words of a heading of {slug}: {}", listed_titles(sections, "or")),
    }
}

/// How many sections a message lists before it counts the rest.
const SECTIONS_LISTED: usize = crate::query::section::OFFERED_EXACTLY;

/// Section titles quoted and joined with `last` before the last; past
/// [`SECTIONS_LISTED`], the first of them and a count of the rest (a body
/// of 60 headings made a line of 60).
fn listed_titles(titles: &[String], last: &str) -> String {
    let quoted: Vec<String> = titles.iter().take(SECTIONS_LISTED).map(|h| quote(h)).collect();
    match titles.len().checked_sub(SECTIONS_LISTED) {
        Some(more) if more > 0 => format!("{}, … ({more} more)", quoted.join(", ")),
        _ => joined(&quoted, last),
    }
}

/// [`Error::EmptyName`]'s message, `dryga` beginning the command it names.
fn write_empty_name(f: &mut fmt::Formatter<'_>, dryga: &str) -> fmt::Result {
    write!(f, "the name is empty; give a slug or a title (`{dryga} list --kind all` lists them)")
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NotFound { name, near, dryga } => not_found(f, name, near, dryga),
            Error::AmbiguousTitle { name, slugs } => ambiguous_title(f, name, slugs),
            Error::SectionWordsInName { name, slug, rest, section, dryga } => {
                section_words_in_name(f, name, slug, rest, section, dryga)
            }
            Error::EmptyName { dryga } => write_empty_name(f, dryga),
            Error::SectionNotFound { slug, wanted, near } => {
                write!(f, "no section of {slug} matches {}", quote(wanted))?;
                write_near_sections(f, near)
            }
            Error::SectionWithoutWords { slug, wanted, sections, headed } => {
                section_without_words(f, slug, wanted, sections, *headed)
            }
            Error::UnknownTag { value, near, dryga, domain } => unknown_tag(f, value, near, dryga, domain.as_deref()),
            Error::UnknownDomain { value, near, known } => {
                write!(f, "unknown domain {}{}", quote(value), did_you_mean(near))?;
                if near.is_empty() {
                    write!(f, " (known: {})", known.join(", "))?;
                }
                Ok(())
            }
            Error::DomainOnPosts => f.write_str("posts have no domain: --domain applies to projects"),
            Error::EmptyQuery => f.write_str("the query is empty; give a word to search for"),
            Error::QueryTooLong { bytes, limit } => {
                write!(f, "the query is too long ({bytes} bytes; the limit is {limit})")
            }
            Error::TooManyTerms { count, limit } => write!(f, "the query has {count} terms; the limit is {limit}"),
            Error::NothingToSearch { query } => write!(f, "nothing to search for in {}", quote(query)),
            Error::QueryOperator { operator } => query_operator(f, operator),
            Error::ReadAsOption { word, option, inner } => {
                write!(f, "{inner}; {} was read as {option}, and search cannot leave words out", quote(word))
            }
            Error::InvalidRegex { message } => write!(f, "invalid regex: {message}"),
            Error::RegexMatchesEmpty => f.write_str("the regex matches the empty string; it would match everything"),
            Error::RegexLineBreak => {
                f.write_str("the regex names a line break (\\n); search reads line by line, so none is matched")
            }
            Error::ContentDir { path, source } => {
                write!(f, "cannot read content folder {}: {source}", shown(path))
            }
            Error::Content { problems } => {
                let errors = problems.iter().filter(|p| p.severity == Severity::Error).count();
                write!(f, "the content has {errors} error{}", plural_s(errors))?;
                // The warnings listed with them are counted too.
                match problems.len() - errors {
                    0 => f.write_str(":")?,
                    warnings => write!(f, " and {warnings} warning{}:", plural_s(warnings))?,
                }
                for p in problems {
                    write!(f, "\n  {p}")?;
                }
                Ok(())
            }
            Error::JobUnreadable { path, source } => {
                write!(f, "cannot read the job description {}: {source}", job_name(path))
            }
            Error::JobTooLarge { path, limit } => {
                write!(f, "the job description {} is over {} KiB; give its text only", job_name(path), limit / 1024)
            }
            Error::JobNotText { path } => write!(f, "the job description {} {NOT_TEXT}", job_name(path)),
            Error::JobWithoutWords { path } => write!(f, "the job description {} has no words", job_name(path)),
            Error::Write { source } => write!(f, "cannot write output: {source}"),
            Error::Output { path, source } => write!(f, "cannot write {}: {source}", shown(path)),
            Error::OutputFormat { path } => output_format(f, path),
            Error::ManDir { path, source } => {
                write!(f, "cannot write the manual to {}: {source}", shown(path))
            }
            Error::NoTerminal { dryga } => write!(f, "browse needs a terminal; try {dryga} list"),
            Error::Terminal { source } => write!(f, "cannot use the terminal: {source}"),
            Error::IndexUnusable { path, why } => {
                write!(f, "the index {} cannot be used: {why}", shown(path))
            }
            Error::Json { source } => write!(f, "cannot serialise JSON: {source}"),
            Error::Csv { message } => write!(f, "cannot write CSV: {message}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::ContentDir { source, .. }
            | Error::Write { source }
            | Error::Output { source, .. }
            | Error::ManDir { source, .. }
            | Error::JobUnreadable { source, .. }
            | Error::Terminal { source } => Some(source),
            Error::Json { source } => Some(source),
            _ => None,
        }
    }
}

/// What a search says of an `OR` before what to do instead (the browser,
/// which has no `--regex`, says it too).
pub const NO_OR: &str = "search has no OR: every word must match";

/// What leaves a word out in a query language (`-mobile`; `−`, `–`, `—`,
/// a hyphen of Unicode's (U+2010, U+2011) or a full-width or small one, as
/// an editor or a keyboard writes `-`; `!` and `¬`, a not): no operator of
/// dryga's.
pub const LEAVE_OUT: [char; 10] = ['-', '−', '–', '—', '‐', '‑', '－', '﹣', '!', '¬'];

/// Whether the operator of an [`Error::QueryOperator`] asks for any of
/// several words: `OR` (`|`), or a regex's `|` between them (`elixir|erlang`);
/// not a word left out (`-a|b`).
pub fn is_or(operator: &str) -> bool {
    operator == "OR" || (operator.contains('|') && !operator.starts_with(LEAVE_OUT))
}

/// The message of [`Error::QueryOperator`]: what to do instead.
fn query_operator(f: &mut fmt::Formatter<'_>, operator: &str) -> fmt::Result {
    if matches!(operator, "OR" | "|" | "||") {
        return write!(f, "{NO_OR}; for any of several words, use --regex 'word|other'");
    }
    if is_or(operator) {
        return write!(f, "{NO_OR}; for any of several words, use --regex {}", quote(operator));
    }
    let as_words = as_words(operator);
    write!(
        f,
        "search cannot leave words out ({}): every word must match; to find it as words, quote it: {}",
        quote(operator),
        quote(&as_words)
    )
}

/// What to type to find an operator typed in a query (`-mobile`, `NOT`)
/// as words: in double quotes, its dash inside them (`"-mobile"`).
pub fn as_words(operator: &str) -> String {
    format!("\"{}\"", operator.replace(['"', '“', '”'], ""))
}

/// The message of [`Error::UnknownTag`]: the domain it names, or the
/// closest tags, or the command that lists them all.
fn unknown_tag(
    f: &mut fmt::Formatter<'_>,
    value: &str,
    near: &[String],
    dryga: &str,
    domain: Option<&str>,
) -> fmt::Result {
    write!(f, "unknown tag {}", quote(value))?;
    if let Some(slug) = domain {
        return write!(f, "; {} is a domain: --domain {slug}", crate::content::domain::label(slug));
    }
    write!(f, "{}", did_you_mean(near))?;
    if near.is_empty() {
        write!(f, " (run `{dryga} tags` to see them all)")?;
    }
    Ok(())
}

/// [`Error::OutputFormat`]'s message: the extensions that name a format,
/// and for a PDF, how to make one.
fn output_format(f: &mut fmt::Formatter<'_>, path: &std::path::Path) -> fmt::Result {
    let pdf = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
    write!(
        f,
        "cannot tell the résumé's format from {}: name a .txt, .md, .json or .html file, or give --format{}",
        shown(path),
        if pdf { " (for a PDF, write the .html page and print it from a browser)" } else { "" }
    )
}

/// What [`Error::JobNotText`] says of the file, and what to give instead.
const NOT_TEXT: &str = "is not plain text; give its text, not a PDF or a Word file";

/// How a job description's file is named in messages: "from standard input"
/// for `-`, else the path, quoted, its control characters escaped.
fn job_name(path: &std::path::Path) -> String {
    if path.as_os_str() == "-" { "from standard input".to_owned() } else { quote(&path.display().to_string()) }
}

/// A path named in a message, its control characters escaped.
fn shown(path: &std::path::Path) -> String {
    escape(&path.display().to_string()).into_owned()
}

/// "s" unless `n` is one, for counts in messages.
pub fn plural_s(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Shorthand for results in this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_error_says_what_and_maps_to_its_code() {
        let not_found = Error::NotFound { name: "blits".into(), near: vec!["blitz".into()], dryga: DRYGA.into() };
        assert_eq!(not_found.to_string(), "no project or post named \"blits\"; did you mean blitz?");
        assert_eq!(not_found.exit_code(), 1);
        let nothing = Error::NotFound { name: "zz".into(), near: vec![], dryga: DRYGA.into() };
        assert!(nothing.to_string().ends_with("(run `dryga list --kind all` to see them all)"));
        let tag = Error::UnknownTag { value: "x\u{1b}[2J".into(), near: vec![], domain: None, dryga: DRYGA.into() };
        assert_eq!(tag.to_string(), r#"unknown tag "x\u{1b}[2J" (run `dryga tags` to see them all)"#);
        assert_eq!(tag.exit_code(), 2);
        let domain = Error::UnknownDomain { value: "q".into(), near: vec![], known: vec!["a".into(), "b".into()] };
        assert_eq!(domain.to_string(), "unknown domain \"q\" (known: a, b)");
        let dir = Error::ContentDir { path: "/x".into(), source: io::Error::from(io::ErrorKind::NotFound) };
        assert!(dir.to_string().starts_with("cannot read content folder /x: "));
        assert!(std::error::Error::source(&dir).is_some());
        let job = Error::JobWithoutWords { path: "-".into() };
        assert_eq!(job.to_string(), "the job description from standard input has no words");
        assert_eq!(job.exit_code(), 2);
        let job = Error::JobUnreadable { path: "job.txt".into(), source: io::Error::from(io::ErrorKind::NotFound) };
        assert!(job.to_string().starts_with("cannot read the job description \"job.txt\": "), "{job}");
        let pipe = Error::Write { source: io::Error::from(io::ErrorKind::BrokenPipe) };
        assert!(pipe.is_broken_pipe());
        assert!(!Error::Write { source: io::Error::other("full") }.is_broken_pipe());
        let no_terminal = Error::NoTerminal { dryga: DRYGA.into() };
        assert_eq!(no_terminal.to_string(), "browse needs a terminal; try dryga list");
        assert_eq!(no_terminal.exit_code(), 2);
    }

    /// The commands an error names begin as the run's do: over a content
    /// folder, `dryga list --kind all`, `dryga tags` and `dryga list` listed
    /// the bundled content.
    #[test]
    fn the_commands_an_error_names_begin_as_the_run_s_do() {
        let dryga = "dryga --content-dir 'my folder'";
        let nothing = Error::NotFound { name: "zz".into(), near: vec![], dryga: DRYGA.into() };
        let nothing = nothing.naming_commands_as(dryga).to_string();
        assert!(
            nothing.ends_with("(run `dryga --content-dir 'my folder' list --kind all` to see them all)"),
            "{nothing}"
        );
        let tag = Error::UnknownTag { value: "x".into(), near: vec![], domain: None, dryga: DRYGA.into() };
        let tag = tag.naming_commands_as(dryga).to_string();
        assert!(tag.ends_with("(run `dryga --content-dir 'my folder' tags` to see them all)"), "{tag}");
        let no_terminal = Error::NoTerminal { dryga: DRYGA.into() }.naming_commands_as(dryga);
        assert_eq!(no_terminal.to_string(), "browse needs a terminal; try dryga --content-dir 'my folder' list");
        // Errors that name no command are left as they are.
        assert!(matches!(Error::EmptyQuery.naming_commands_as(dryga), Error::EmptyQuery));
    }
}
