//! The command-line interface: every command and flag, documented once by its doc comment.

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Examples shown by `--help` (all of them at the top, a command's own under it)
/// and in the man page: `(command line, what it does)`.
pub const EXAMPLES: &[(&str, &str)] = &[
    ("dryga list", "every project, as a table on a terminal"),
    ("dryga list --tag elixir --json", "the Elixir projects, as JSON"),
    ("dryga list --domain fintech --sort title", "payment and lending projects, by title"),
    ("dryga posts", "the blog posts"),
    ("dryga resume", "the résumé, on one screen"),
    ("dryga resume --format html > cv.html", "the résumé as a page that prints on two A4 pages"),
    ("dryga resume --format json-resume", "the résumé as a JSON Resume document"),
    ("dryga show blitz", "the Blitz case study, rendered"),
    ("dryga show \"Ecto Mnesia Adapter\" --format markdown", "an item's Markdown source, found by title"),
    ("dryga search duckdb", "where DuckDB is mentioned, best first"),
    ("dryga search '\"open source\"' --kind project", "a phrase, in projects only"),
    ("dryga search --regex 'P9[59]'", "a regular expression"),
    ("dryga tags --format table", "every tag with its counts"),
    ("dryga domains", "every domain with its project count"),
    ("dryga export --format ndjson", "the whole corpus with bodies, one item a line"),
    ("dryga check ./my-content", "validate a content folder"),
    ("dryga --content-dir ./my-content list", "list another portfolio"),
    ("dryga schema list", "the JSON Schema of `list --json`"),
    ("dryga completions bash > ~/.local/share/bash-completion/completions/dryga", "install bash completions"),
    ("dryga man | man -l -", "read the manual"),
];

/// Exit codes, as ripgrep's: `(code, meaning)`.
pub const EXIT_STATUS: &[(&str, &str)] = &[
    ("0", "results were printed (check: no errors)"),
    ("1", "nothing matched: no results, or no item by that name (check: errors found)"),
    ("2", "an error: bad flag or value, invalid regex, unreadable content, failed write"),
];

/// Environment variables dryga reads: `(name, effect)`.
pub const ENVIRONMENT: &[(&str, &str)] = &[
    ("NO_COLOR", "when set and not empty, no colour (with --color auto)"),
    ("CLICOLOR", "0 turns colour off (with --color auto)"),
    ("CLICOLOR_FORCE", "when set and not 0, colour even when not a terminal"),
    ("TERM", "dumb turns colour off"),
    ("DRYGA_PAGER", "the pager for long output on a terminal; overrides PAGER; empty or cat: no pager"),
    ("PAGER", "the pager when DRYGA_PAGER is unset (default: less -FRX)"),
    ("DRYGA_CONTENT_DIR", "a content folder to read instead of the bundled one (as --content-dir)"),
];

/// The text after `--help`: examples (those of `command`, or all), exit status, environment.
pub fn after_help(command: Option<&str>) -> String {
    use std::fmt::Write as _;
    let mut s = String::from("Examples:\n");
    let prefix = command.map(|c| format!("dryga {c}"));
    for (line, what) in EXAMPLES.iter().filter(|(l, _)| prefix.as_ref().is_none_or(|p| l.starts_with(p.as_str()))) {
        let _ = writeln!(s, "  {line}\n      {what}");
    }
    if command.is_none() {
        s.push_str("\nExit status:\n");
        for (code, what) in EXIT_STATUS {
            let _ = writeln!(s, "  {code}  {what}");
        }
        s.push_str("\nEnvironment:\n");
        for (name, what) in ENVIRONMENT {
            let _ = writeln!(s, "  {name:<18} {what}");
        }
    }
    s.trim_end().to_owned()
}

/// Andrew Dryga's portfolio as a fast, offline command-line tool.
///
/// Every project, post and case study is bundled into the binary: list them,
/// search them, read them in the terminal, or hand their JSON to a script.
#[derive(Debug, Parser)]
#[command(name = "dryga", version, propagate_version = true, help_expected = true)]
#[command(after_long_help = after_help(None), arg_required_else_help = true)]
pub struct Cli {
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,

    /// Options every command takes.
    #[command(flatten)]
    pub global: GlobalArgs,
}

/// Options shared by every command.
#[derive(Debug, Args, Clone)]
pub struct GlobalArgs {
    /// When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never.
    #[arg(long, value_enum, global = true, default_value_t = ColorWhen::Auto, value_name = "WHEN", help_heading = "Display")]
    pub color: ColorWhen,

    /// Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`).
    #[arg(long, global = true, value_name = "DIR", help_heading = "Content")]
    pub content_dir: Option<std::path::PathBuf>,

    /// Never send output through a pager (by default, long output on a terminal goes to $PAGER).
    #[arg(long, global = true, help_heading = "Display")]
    pub no_pager: bool,

    /// Wrap and fit output to N columns (default: the terminal's width, or 80 when not a terminal).
    #[arg(long, global = true, value_name = "N", allow_negative_numbers = true, value_parser = clap::value_parser!(u16).range(20..=1000), help_heading = "Display")]
    pub width: Option<u16>,
}

impl GlobalArgs {
    /// The content folder: `--content-dir`, else `DRYGA_CONTENT_DIR` when set
    /// and not empty (an empty value means the bundled content, as for `NO_COLOR`).
    pub fn content_dir(&self) -> Option<std::path::PathBuf> {
        self.content_dir
            .clone()
            .or_else(|| std::env::var_os("DRYGA_CONTENT_DIR").filter(|v| !v.is_empty()).map(std::path::PathBuf::from))
    }
}

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// Colour when stdout is a terminal and the environment allows it.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List projects (or posts) with filters.
    #[command(visible_alias = "ls")]
    #[command(after_long_help = after_help(Some("list")))]
    List(ListArgs),
    /// List the blog posts (same as `list --kind post`).
    #[command(after_long_help = after_help(Some("posts")))]
    Posts(PostsArgs),
    /// Show one project or post in full.
    #[command(after_long_help = after_help(Some("show")))]
    Show(ShowArgs),
    /// Search titles, tags, summaries and bodies.
    #[command(after_long_help = after_help(Some("search")))]
    Search(SearchArgs),
    /// List every tag with how many items carry it.
    #[command(after_long_help = after_help(Some("tags")))]
    Tags(TaxonomyArgs),
    /// List every domain with how many projects it holds.
    #[command(after_long_help = after_help(Some("domains")))]
    Domains(TaxonomyArgs),
    /// The résumé: on one screen, or as Markdown, JSON Resume or a printable HTML page.
    #[command(after_long_help = after_help(Some("resume")))]
    Resume(ResumeArgs),
    /// Validate the content and list every problem as path:line:column: message.
    #[command(after_long_help = after_help(Some("check")))]
    Check(CheckArgs),
    /// Print the whole corpus (profile, projects, posts) with bodies, for scripts.
    #[command(after_long_help = after_help(Some("export")))]
    Export(ExportArgs),
    /// Print the JSON Schema of a command's JSON output.
    #[command(after_long_help = after_help(Some("schema")))]
    Schema(SchemaArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    #[command(after_long_help = after_help(Some("completions")))]
    Completions(CompletionsArgs),
    /// Print the man page (roff), e.g. `dryga man | man -l -`.
    #[command(after_long_help = after_help(Some("man")))]
    Man,
}

/// Shells that `completions` can serve.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    /// GNU Bash.
    Bash,
    /// Z shell.
    Zsh,
    /// The friendly interactive shell.
    Fish,
    /// PowerShell.
    Powershell,
    /// Elvish.
    Elvish,
}

/// Arguments of `completions`.
#[derive(Debug, Args, Clone)]
pub struct CompletionsArgs {
    /// The shell to write a completion script for.
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: Shell,
}

/// Output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum CheckFormat {
    /// One problem a line: `path:line:column: message (hint: …)`.
    #[default]
    Text,
    /// One JSON object with counts and every problem.
    Json,
}

/// Arguments of `check`.
#[derive(Debug, Args, Clone)]
pub struct CheckArgs {
    /// The content folder to check [default: --content-dir, else the bundled content].
    #[arg(value_name = "DIR")]
    pub dir: Option<std::path::PathBuf>,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t, value_name = "FORMAT", help_heading = "Output")]
    pub format: CheckFormat,

    /// Print JSON (same as --format json).
    #[arg(long, conflicts_with = "format", help_heading = "Output")]
    pub json: bool,
}

/// Output formats of `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ExportFormat {
    /// One JSON object: `profile`, `projects`, `posts`.
    #[default]
    Json,
    /// One item a line (projects, then posts); the profile is only in `json`.
    Ndjson,
}

/// Arguments of `export`.
#[derive(Debug, Args, Clone)]
pub struct ExportArgs {
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t, value_name = "FORMAT", help_heading = "Output")]
    pub format: ExportFormat,

    /// Print JSON (same as --format json, the default).
    #[arg(long, conflicts_with = "format", help_heading = "Output")]
    pub json: bool,
}

/// Commands whose JSON output has a published schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaName {
    /// `list` and `posts` (`--format json`; ndjson lines are its items).
    List,
    /// `show --format json`.
    Show,
    /// `search --format json` (ndjson lines are its items).
    Search,
    /// `export --format json`.
    Export,
    /// `check --format json`.
    Check,
    /// `tags --format json`.
    Tags,
    /// `domains --format json`.
    Domains,
}

/// Arguments of `schema`.
#[derive(Debug, Args, Clone)]
pub struct SchemaArgs {
    /// Whose output to describe.
    #[arg(value_enum, value_name = "COMMAND")]
    pub command: SchemaName,
}

/// Which kinds of item to include.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum KindFilter {
    /// Projects only.
    #[default]
    Project,
    /// Blog posts only.
    Post,
    /// Projects and posts.
    All,
}

/// How to sort a listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum SortKey {
    /// The site's order.
    #[default]
    Order,
    /// Alphabetically by title.
    Title,
    /// By domain, then the site's order.
    Domain,
}

/// Output formats of listings (`list`, `posts`, `tags`, `domains`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// Aligned columns fitted to the width (default on a terminal).
    Table,
    /// One slug (or name) a line (default when piped).
    Plain,
    /// One JSON array.
    Json,
    /// One JSON object a line.
    Ndjson,
    /// Comma-separated values with a header row.
    Csv,
}

/// Filters and formatting for listings.
#[derive(Debug, Args, Clone, Default)]
pub struct ListFilters {
    /// Only items with this tag (case-insensitive; repeat to require all).
    #[arg(long, short = 't', value_name = "TAG", help_heading = "Filters")]
    pub tag: Vec<String>,

    /// How to sort.
    #[arg(long, value_enum, default_value_t, value_name = "KEY", help_heading = "Filters")]
    pub sort: SortKey,

    /// Show at most N items.
    #[arg(long, short = 'n', value_name = "N", allow_negative_numbers = true, value_parser = clap::value_parser!(u32).range(1..), help_heading = "Filters")]
    pub limit: Option<u32>,

    /// Output format [default: table on a terminal, plain otherwise].
    #[arg(long, short = 'f', value_enum, value_name = "FORMAT", help_heading = "Output")]
    pub format: Option<ListFormat>,

    /// Print JSON (same as --format json).
    #[arg(long, conflicts_with = "format", help_heading = "Output")]
    pub json: bool,
}

/// Arguments of `list`.
#[derive(Debug, Args, Clone)]
pub struct ListArgs {
    /// Which kinds of item to list.
    #[arg(long, short = 'k', value_enum, default_value_t, value_name = "KIND", help_heading = "Filters")]
    pub kind: KindFilter,

    /// Only projects in this domain (case-insensitive; repeat to allow any of them).
    #[arg(long, short = 'd', value_name = "DOMAIN", help_heading = "Filters")]
    pub domain: Vec<String>,

    /// Tag, sort, limit and format.
    #[command(flatten)]
    pub filters: ListFilters,
}

/// Arguments of `posts`.
#[derive(Debug, Args, Clone)]
pub struct PostsArgs {
    /// Tag, sort, limit and format.
    #[command(flatten)]
    pub filters: ListFilters,
}

/// Output formats of `show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ShowFormat {
    /// Rendered for the terminal: wrapped, styled on a terminal.
    #[default]
    Text,
    /// The Markdown source of the body, byte for byte.
    Markdown,
    /// One JSON object with the body and the rendered text.
    Json,
}

/// Arguments of `show`.
#[derive(Debug, Args, Clone)]
pub struct ShowArgs {
    /// The slug or title of a project or post (case-insensitive).
    #[arg(value_name = "SLUG|TITLE")]
    pub name: String,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t, value_name = "FORMAT", help_heading = "Output")]
    pub format: ShowFormat,

    /// Print JSON (same as --format json).
    #[arg(long, conflicts_with = "format", help_heading = "Output")]
    pub json: bool,
}

/// Output formats of `search`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum SearchFormat {
    /// Hits with snippets, matches highlighted on a terminal.
    #[default]
    Text,
    /// One JSON array of hits.
    Json,
    /// One JSON hit a line.
    Ndjson,
}

/// Arguments of `search`.
#[derive(Debug, Args, Clone)]
pub struct SearchArgs {
    /// What to look for: words (all must match), "a quoted phrase", or a regex with --regex.
    #[arg(value_name = "QUERY")]
    pub query: String,

    /// Treat the query as a regular expression (Rust regex syntax).
    #[arg(long, short = 'e', help_heading = "Matching")]
    pub regex: bool,

    /// Match case exactly.
    #[arg(long, short = 's', conflicts_with = "ignore_case", help_heading = "Matching")]
    pub case_sensitive: bool,

    /// Ignore case, even when the query has upper-case letters.
    #[arg(long, short = 'i', help_heading = "Matching")]
    pub ignore_case: bool,

    /// Do not fall back to near spellings when nothing matches exactly.
    #[arg(long, help_heading = "Matching")]
    pub exact: bool,

    /// Which kinds of item to search.
    #[arg(long, short = 'k', value_enum, default_value = "all", value_name = "KIND", help_heading = "Filters")]
    pub kind: KindFilter,

    /// Only items with this tag (case-insensitive; repeat to require all).
    #[arg(long, short = 't', value_name = "TAG", help_heading = "Filters")]
    pub tag: Vec<String>,

    /// Only projects in this domain (case-insensitive; repeat to allow any of them).
    #[arg(long, short = 'd', value_name = "DOMAIN", help_heading = "Filters")]
    pub domain: Vec<String>,

    /// Show at most N hits.
    #[arg(long, short = 'n', value_name = "N", allow_negative_numbers = true, value_parser = clap::value_parser!(u32).range(1..), help_heading = "Filters")]
    pub limit: Option<u32>,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t, value_name = "FORMAT", help_heading = "Output")]
    pub format: SearchFormat,

    /// Print JSON (same as --format json).
    #[arg(long, conflicts_with = "format", help_heading = "Output")]
    pub json: bool,
}

/// Arguments of `tags` and `domains`.
#[derive(Debug, Args, Clone)]
pub struct TaxonomyArgs {
    /// Output format [default: table on a terminal, plain otherwise].
    #[arg(long, short = 'f', value_enum, value_name = "FORMAT", help_heading = "Output")]
    pub format: Option<ListFormat>,

    /// Print JSON (same as --format json).
    #[arg(long, conflicts_with = "format", help_heading = "Output")]
    pub json: bool,
}

/// Output formats of `resume`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ResumeFormat {
    /// One screen to skim: wrapped, styled on a terminal.
    #[default]
    Text,
    /// Markdown to paste into a document.
    Markdown,
    /// A JSON Resume document (jsonresume.org), for importing.
    #[value(name = "json-resume")]
    JsonResume,
    /// One self-contained HTML page that prints on at most two A4 pages.
    Html,
}

/// Arguments of `resume`.
#[derive(Debug, Args, Clone)]
pub struct ResumeArgs {
    /// Text: show every project, key result and post in full, not one screen (other formats always show all).
    #[arg(long, help_heading = "Output")]
    pub full: bool,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t, value_name = "FORMAT", help_heading = "Output")]
    pub format: ResumeFormat,

    /// Print JSON Resume (same as --format json-resume).
    #[arg(long, conflicts_with = "format", help_heading = "Output")]
    pub json: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }
}
