//! The command-line interface: every command and flag, documented once by its doc comment.

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Exit status and environment, shown at the end of `--help`.
const AFTER_LONG_HELP: &str = "\
Examples:
  dryga list                            every project, as a table
  dryga list --tag elixir --json        Elixir projects, as JSON
  dryga show blitz                      the Blitz case study
  dryga search duckdb                   find where DuckDB is mentioned
  dryga posts                           the blog posts
  dryga resume                          the résumé, on one screen
  dryga resume --format html > cv.html  the résumé as a printable page

Exit status:
  0  results were printed
  1  nothing matched (no results, or no item with that name)
  2  an error: bad flag or value, invalid regex, unreadable content, failed write

Environment:
  NO_COLOR, CLICOLOR, CLICOLOR_FORCE, TERM=dumb  control colour when --color is auto";

/// Andrew Dryga's portfolio as a fast, offline command-line tool.
///
/// Every project, post and case study is bundled into the binary: list them,
/// search them, read them in the terminal, or hand their JSON to a script.
#[derive(Debug, Parser)]
#[command(name = "dryga", version, propagate_version = true, help_expected = true)]
#[command(after_long_help = AFTER_LONG_HELP, arg_required_else_help = true)]
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

    /// Wrap and fit output to N columns (default: the terminal's width, or 80 when not a terminal).
    #[arg(long, global = true, value_name = "N", allow_negative_numbers = true, value_parser = clap::value_parser!(u16).range(20..=1000), help_heading = "Display")]
    pub width: Option<u16>,
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
    List(ListArgs),
    /// List the blog posts (same as `list --kind post`).
    Posts(PostsArgs),
    /// Show one project or post in full.
    Show(ShowArgs),
    /// Search titles, tags, summaries and bodies.
    Search(SearchArgs),
    /// List every tag with how many items carry it.
    Tags(TaxonomyArgs),
    /// List every domain with how many projects it holds.
    Domains(TaxonomyArgs),
    /// The résumé: on one screen, or as Markdown, JSON Resume or a printable HTML page.
    Resume(ResumeArgs),
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
