//! The edge where the command line comes in: every command and flag,
//! documented once by its doc comment (clap derive), and the conversions into
//! the core's plain types. Nothing past this module sees clap.
//!
//! [`help`] holds the text beyond the flags (examples, exit status,
//! environment); [`values`] maps the core's enums to flag values and resolves
//! the output format in one place.

pub mod help;
pub mod values;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub use help::{BROWSE_KEYS, ENVIRONMENT, EXAMPLES, EXIT_STATUS, after_help};
pub use values::{FormatChoice, JsonFlag};

use crate::query::filter::{KindFilter, SortKey};
use crate::query::search::CaseMode;
use crate::render::{CheckFormat, ExportFormat, ListFormat, ResumeFormat, SearchFormat, ShowFormat};

/// Andrew Dryga's portfolio as a fast, offline command-line tool.
///
/// Every project, post and case study is bundled into the binary: list them,
/// search them, read them in the terminal, or hand their JSON to a script.
/// `dryga` alone prints a short card and the commands to go further.
#[derive(Debug, Parser)]
#[command(name = "dryga", version, help_expected = true)]
#[command(after_long_help = after_help(None))]
// As in ripgrep and fd, the last occurrence of an option wins, so that shell
// aliases can be overridden: `--limit 2 --limit 3` is 3.
#[command(args_override_self = true)]
pub struct Cli {
    /// The command to run; none prints the card.
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Display options given before the command.
    #[command(flatten)]
    pub display: DisplayArgs,

    /// The content folder given before the command.
    #[command(flatten)]
    pub content: ContentArgs,
}

/// Parses the process's command line. A mistyped command's suggestions name
/// commands, not aliases (clap suggests `b` for `dryga frobnicate`, as close
/// as a one-letter alias is to many words): each becomes the command it
/// stands for, once. The arguments an error names show their control
/// characters escaped: clap's rendering strips escape sequences, so
/// `dryga $'\e[31mfoo'` was an "unrecognized subcommand 'foo'".
///
/// A search's word typed with a leading dash outside quotes
/// (`dryga search payments -mobile`) gets the message the same word gets
/// inside them (a search cannot leave words out), not clap's
/// "unexpected argument '-m'" and its tip to type `-- -m`.
pub fn parse_args() -> Result<Cli, clap::Error> {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let mut cli = phrased_search(&args)
        .map_or_else(|| Cli::try_parse_from(&args), Ok)
        .map_err(|e| escape_arguments(name_suggested_commands(query_taken(word_left_out(e, &args), &args))))?;
    match &mut cli.command {
        Some(Command::Search(search)) => search.dashed = dashed_words(&args),
        Some(Command::Show(show)) if show.section.is_some() && show.name.len() > 1 => {
            show.after_section = words_after_section(&args);
        }
        _ => {}
    }
    Ok(cli)
}

/// How many of the words `show` names its item by come after its
/// `--section` and the value it took, on the command line `args` (a
/// heading's words typed unquoted: `show blitz --section the ask`).
fn words_after_section(args: &[std::ffi::OsString]) -> usize {
    use clap::CommandFactory;
    let Ok(matches) = Cli::command().try_get_matches_from(args) else { return 0 };
    let Some(show) = matches.subcommand_matches("show") else { return 0 };
    let Some(section) = show.index_of("section") else { return 0 };
    show.indices_of("name").map_or(0, |words| words.filter(|&at| at > section).count())
}

/// The arguments before a `--` that are dashed words (`-terraform`): clap
/// reads one whose first letter is a short option that takes a value as
/// that option and the rest as its value (`--tag erraform`), as ripgrep
/// reads `-tfoo`; when that value names nothing and the whole word names
/// something, the word was meant ([`SearchArgs::dashed_word`]).
fn dashed_words(args: &[std::ffi::OsString]) -> Vec<String> {
    let before_end = args.iter().skip(1).take_while(|a| *a != "--");
    before_end.filter_map(|a| a.to_str()).filter(|a| dashed_word(a, "")).map(str::to_owned).collect()
}

/// `err`, or the error of a search that cannot leave words out when `err`
/// comes of a dashed word (`-mobile`) read as short flags, and the command
/// line is a search once each such word is a plain one: an unknown flag
/// (`-m`; `-l` of `-elixir`, read as `-e` and then `-l`), an option's value
/// taken from the rest of the word that the option refuses (`-kotlin`:
/// `--kind otlin`), or help asked for by an `h` among its first letters,
/// after switches only (`-hardware`, `-shell`).
fn word_left_out(err: clap::Error, args: &[std::ffi::OsString]) -> clap::Error {
    let mut rest = args.to_vec();
    let mut plain = Plain::new(args);
    let mut culprit = dashed_culprit(&err, &rest);
    // Each pass makes one dashed word a plain word (the query is never
    // left empty by it): at most one per argument.
    while let Some(at) = culprit {
        plain.take(&mut rest[at]);
        match Cli::try_parse_from(&rest) {
            Ok(cli @ Cli { command: Some(Command::Search(_)), .. }) => {
                let message = plain.left_out(cli).to_string();
                return clap::Error::raw(clap::error::ErrorKind::UnknownArgument, message);
            }
            Ok(_) => break,
            Err(next) => culprit = dashed_culprit(&next, &rest),
        }
    }
    err
}

/// A search of words whose phrase is typed with quotes the shell does not
/// read (`search “payments -terraform”`: the words `“payments` and
/// `-terraform”`), each word with a dash within the phrase one of its
/// words: clap read `-terraform”` as `--tag erraform”`, `-mobile”` as an
/// unknown `-m`, `“payment -n 1 button”` as a limit. A phrase opens at a
/// word that starts with a quote (`“payments`, with an odd number of them)
/// and closes at one that ends with one; a dashed word is the phrase's
/// only when it closes (`“payments -n5`, never closed, keeps its limit; a
/// stray `payments”` opens nothing). `None` when no dashed word is within
/// such a phrase, or the line is no search of words with them among its
/// words.
fn phrased_search(args: &[std::ffi::OsString]) -> Option<Cli> {
    let quotes = |text: &str| text.chars().filter(|&c| crate::query::search::is_double_quote(c)).count();
    let mut rest = args.to_vec();
    let mut plain = Plain::new(args);
    // The dashed words of the phrase open now, not yet closed.
    let (mut open, mut within) = (false, Vec::new());
    for (at, arg) in args.iter().enumerate().skip(1).take_while(|(_, a)| *a != "--") {
        let Some(text) = arg.to_str() else { continue };
        let odd = quotes(text) % 2 == 1;
        // Any word with a dash: a phrase's `-n` or `--help` is a word of it too.
        if open && text.starts_with('-') {
            within.push(at);
        }
        if open && odd {
            open = false;
            if text.ends_with(crate::query::search::is_double_quote) {
                within.drain(..).for_each(|at| plain.take(&mut rest[at]));
            }
            within.clear();
        } else if !open && odd {
            open = text.strip_prefix('-').unwrap_or(text).starts_with(crate::query::search::is_double_quote);
        }
    }
    if plain.taken.is_empty() {
        return None;
    }
    let cli = Cli::try_parse_from(&rest).ok()?;
    plain.back(cli).filter(|cli| matches!(&cli.command, Some(Command::Search(search)) if !search.regex))
}

/// Dashed words made plain, for clap to read them as words: each put in
/// place of a word no argument is (private-use characters, more of them
/// than any argument has), and put back among a search's words.
struct Plain {
    /// What each plain word begins with.
    prefix: String,
    /// Each plain word, and the dashed word it stands for.
    taken: Vec<(String, std::ffi::OsString)>,
}

impl Plain {
    /// Plain words for the arguments `args`.
    fn new(args: &[std::ffi::OsString]) -> Plain {
        let most = args.iter().filter_map(|a| a.to_str()).map(|a| a.matches('\u{F8FF}').count()).max();
        Plain { prefix: "\u{F8FF}".repeat(most.unwrap_or(0) + 1), taken: Vec::new() }
    }

    /// Makes `arg` plain.
    fn take(&mut self, arg: &mut std::ffi::OsString) {
        let plain = format!("{}{}", self.prefix, self.taken.len());
        self.taken.push((plain.clone(), std::mem::replace(arg, plain.into())));
    }

    /// `cli`, a search, with each dashed word back in place of its plain
    /// one; `None` unless each is among the search's words (none was taken
    /// as an option's value).
    fn back(&self, mut cli: Cli) -> Option<Cli> {
        let Some(Command::Search(search)) = &mut cli.command else { return None };
        let mut back = 0;
        for word in &mut search.words {
            if let Some((_, dashed)) = self.taken.iter().find(|(plain, _)| plain == word) {
                *word = dashed.to_str()?.to_owned();
                back += 1;
            }
        }
        (back == self.taken.len()).then_some(cli)
    }

    /// The error of `cli`, a search its dashed words made one, that cannot
    /// leave them out: the first, or the words the query then leaves out
    /// (a whole phrase: `-“mobile app”`, two shell words).
    fn left_out(&self, cli: Cli) -> crate::error::Error {
        let first = self.taken.first().map(|(_, w)| w.to_string_lossy().into_owned()).unwrap_or_default();
        let said = self.back(cli).and_then(|cli| match cli.command {
            Some(Command::Search(search)) if !search.regex => {
                crate::query::search::parse_typed(&search.query(), CaseMode::Smart, false).err()
            }
            _ => None,
        });
        match said {
            Some(e @ crate::error::Error::QueryOperator { .. }) => e,
            _ => crate::error::Error::QueryOperator { operator: first },
        }
    }
}

/// `err`, or, when it is a search's missing query and a dashed word after
/// `search` was read as a short option and its value (`-terraform`:
/// `--tag erraform`), the error that says so: the word may have
/// been meant as one to leave out, which search cannot do, or the option
/// with no query (`-telixir`): both are said (clap named neither, only
/// `<QUERY>` missing).
fn query_taken(err: clap::Error, args: &[std::ffi::OsString]) -> clap::Error {
    use clap::CommandFactory;
    if err.kind() != clap::error::ErrorKind::MissingRequiredArgument {
        return err;
    }
    // The search's own error (its usage names it), not another command's
    // with a folder named `search` before it.
    if !err.render().to_string().contains("Usage: dryga search") {
        return err;
    }
    let Some(at) = args.iter().skip(1).position(|a| a == "search") else { return err };
    let mut cli = Cli::command();
    cli.build();
    let Some(search) = cli.find_subcommand("search") else { return err };
    let read = args.iter().skip(at + 2).take_while(|a| *a != "--").filter_map(|a| a.to_str()).find_map(|word| {
        let rest = word.strip_prefix('-').filter(|_| dashed_word(word, ""))?;
        let after = rest.trim_start_matches(|c| SWITCHES.contains(c));
        let letter = after.chars().next()?;
        let option = search.get_arguments().find(|a| a.get_short() == Some(letter) && a.get_action().takes_values())?;
        // A word's rest (`erraform`), not a number (`-n5`).
        let value = Some(&after[letter.len_utf8()..]).filter(|v| v.chars().any(char::is_alphabetic))?;
        Some((word, option.get_long()?, value))
    });
    let Some((word, long, value)) = read else { return err };
    let message = format!(
        "search needs a query: {} was read as --{long} {}, and search cannot leave words out",
        crate::sanitize::quote(word),
        crate::render::shell_quote(value)
    );
    clap::Error::raw(clap::error::ErrorKind::MissingRequiredArgument, message)
}

/// Where in `args` (past the program's name) the dashed word is that
/// made `err`, if one did ([`word_left_out`]).
fn dashed_culprit(err: &clap::Error, args: &[std::ffi::OsString]) -> Option<usize> {
    use clap::error::{ContextKind, ErrorKind};
    let mut words = args.iter().enumerate().skip(1).filter_map(|(i, a)| Some((i, a.to_str()?)));
    let found = match err.kind() {
        ErrorKind::UnknownArgument => {
            let flag = err.get(ContextKind::InvalidArg)?.to_string();
            words.find(|(_, a)| dashed_word(a, &flag))
        }
        // Not a value close to one the option takes (`-kposts`: post), nor
        // one another command's takes (`-fcsv`), nor a number (`-n5x`, `-n-1`).
        ErrorKind::InvalidValue | ErrorKind::ValueValidation if err.get(ContextKind::SuggestedValue).is_none() => {
            let value = err.get(ContextKind::InvalidValue)?.to_string();
            let number = value.trim_start_matches(['-', '+']).starts_with(|c: char| c.is_ascii_digit());
            words.find(|(_, a)| {
                !number
                    && dashed_word(a, "")
                    && took_value(a, &value).is_some_and(|letter| !a_value_of_any_command(letter, &value))
            })
        }
        // Help asked for by a cluster of switches with `-h` in it (`-h`,
        // `-sh`, `-help`), not by a word whose first letters are switches,
        // one of them `h` (`-hardware`, `-shell`, `-ehealth`).
        ErrorKind::DisplayHelp => words.find(|(_, a)| {
            let Some(rest) = a.strip_prefix('-').filter(|_| *a != "-help" && dashed_word(a, "")) else { return false };
            let after = rest.trim_start_matches(|c| SWITCHES.contains(c));
            rest[..rest.len() - after.len()].contains('h') && !after.is_empty()
        }),
        _ => None,
    };
    found.map(|(i, _)| i)
}

/// The short flags of `search` that take no value (`-h`, `-e`, `-s`, `-i`):
/// several can be typed as one (`-si`).
const SWITCHES: &str = "hesi";

/// Whether `value` is one that an option `-letter` of any command takes
/// (`csv` for `list -f`): then that option was meant, on the wrong command.
fn a_value_of_any_command(letter: char, value: &str) -> bool {
    use clap::CommandFactory;
    // Built: the subcommands' arguments are there only then.
    let mut cli = Cli::command();
    cli.build();
    let options =
        cli.get_subcommands().flat_map(clap::Command::get_arguments).filter(|a| a.get_short() == Some(letter));
    options.flat_map(clap::Arg::get_possible_values).any(|v| v.matches(value, true))
}

/// The letter of the short option that took `value` from the dashed word
/// `arg`, after any switches (`t` of `-terraform` for `erraform`, of
/// `-iterm` for `erm`); `None` when `arg` does not end with `value` so.
fn took_value(arg: &str, value: &str) -> Option<char> {
    let flags = arg.strip_prefix('-')?.strip_suffix(value).filter(|_| !value.is_empty())?;
    let (switches, letter) = flags.split_at(flags.char_indices().last()?.0);
    let letter = letter.chars().next()?;
    (switches.chars().all(|c| SWITCHES.contains(c)) && !SWITCHES.contains(letter)).then_some(letter)
}

/// Whether `arg` is a word with a dash before it (`-mobile`, `-docker-compose`)
/// in which clap read the short flag `flag` first after its switches (`-m`;
/// `-l` of `-elixir`, read as `-e` and then `-l`; not the `-p` of
/// `-tpayments`, a tag).
/// With `flag` empty, whether `arg` is a dashed word at all. The word may
/// be quoted, its quotes read by no shell (`-“mobile`, `-mobile”`, `-«mobile
/// app»`): a phrase's words typed with typographic quotes are shell words.
fn dashed_word(arg: &str, flag: &str) -> bool {
    let mut letter = flag.chars().skip(1);
    let letter = match (letter.next(), letter.next()) {
        (Some(letter), None) => Some(letter),
        (None, None) if flag.is_empty() => None,
        _ => return false,
    };
    let Some(rest) = arg.strip_prefix('-') else { return false };
    // A double quote, or a single one, as a search's word left out has them.
    let is_quote = |c: char| matches!(c, '\'' | '‘' | '’') || crate::query::search::is_double_quote(c);
    let opened = rest.strip_prefix(is_quote);
    let word = opened.unwrap_or(rest).trim_end_matches(is_quote);
    let mut chars = word.chars();
    arg.chars().count() > 2
        && letter.is_none_or(|letter| rest.trim_start_matches(|c| SWITCHES.contains(c)).starts_with(letter))
        && chars.next().is_some_and(char::is_alphabetic)
        && chars.all(|c| c.is_alphanumeric() || c == '-' || (opened.is_some() && c == ' '))
}

/// `err` with the control characters of the arguments it names escaped.
fn escape_arguments(mut err: clap::Error) -> clap::Error {
    use crate::sanitize::escape;
    use clap::error::ContextValue;
    let escaped: Vec<_> = err
        .context()
        .filter_map(|(kind, value)| match value {
            ContextValue::String(s) => Some((kind, ContextValue::String(escape(s).into_owned()))),
            ContextValue::Strings(v) => {
                Some((kind, ContextValue::Strings(v.iter().map(|s| escape(s).into_owned()).collect())))
            }
            _ => None,
        })
        .collect();
    for (kind, value) in escaped {
        err.insert(kind, value);
    }
    err
}

/// `err` with every suggested subcommand named by its name, not an alias.
fn name_suggested_commands(mut err: clap::Error) -> clap::Error {
    use clap::CommandFactory;
    use clap::error::{ContextKind, ContextValue};
    let Some(ContextValue::Strings(suggested)) = err.get(ContextKind::SuggestedSubcommand) else { return err };
    let cmd = Cli::command();
    let mut names: Vec<String> = Vec::new();
    for s in suggested {
        let name = cmd.find_subcommand(s).map_or(s.as_str(), clap::Command::get_name);
        if !names.iter().any(|n| n == name) {
            names.push(name.to_owned());
        }
    }
    err.insert(ContextKind::SuggestedSubcommand, ContextValue::Strings(names));
    err
}

/// How output looks: taken by the commands that print text. Given before the
/// command (`dryga --width 60 list`) or after it (`dryga list --width 60`);
/// after wins.
#[derive(Debug, Args, Clone, Default)]
pub struct DisplayArgs {
    /// When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never [default: auto].
    #[arg(long, value_enum, value_name = "WHEN", help_heading = "Display")]
    pub color: Option<ColorWhen>,

    /// Never send output through a pager (by default, long output on a terminal goes to $PAGER).
    #[arg(long, help_heading = "Display")]
    pub no_pager: bool,

    /// Wrap and fit output to N columns, 20 to 1000 (default: the terminal's width, or 80 when not a terminal).
    #[arg(long, value_name = "N", allow_negative_numbers = true, value_parser = clap::value_parser!(u16).range(20..=1000), help_heading = "Display")]
    pub width: Option<u16>,
}

/// Display options of a command whose output has no colour and no width
/// (JSON, roff, a completion script), which pages it on a terminal:
/// `--no-pager` acts; `--color` and `--width` are taken, as every command
/// takes them (a wrapper or alias may add them to any command), and left
/// out of its help, where only the options that act are listed.
#[derive(Debug, Args, Clone, Default)]
pub struct PagerArgs {
    /// Never send output through a pager (by default, long output on a terminal goes to $PAGER).
    #[arg(long, help_heading = "Display")]
    pub no_pager: bool,

    /// Taken, as every command takes it; nothing here is coloured.
    #[arg(long, value_enum, value_name = "WHEN", hide = true)]
    pub color: Option<ColorWhen>,

    /// Taken, as every command takes it; nothing here is wrapped.
    #[arg(long, value_name = "N", allow_negative_numbers = true, value_parser = clap::value_parser!(u16).range(20..=1000), hide = true)]
    pub width: Option<u16>,
}

impl PagerArgs {
    /// These options as display options.
    #[must_use]
    pub fn display(&self) -> DisplayArgs {
        DisplayArgs { color: self.color, no_pager: self.no_pager, width: self.width }
    }
}

impl DisplayArgs {
    /// These options, with `after`'s (given after the command) winning.
    #[must_use]
    pub fn merged(&self, after: &DisplayArgs) -> DisplayArgs {
        DisplayArgs {
            color: after.color.or(self.color),
            no_pager: self.no_pager || after.no_pager,
            width: after.width.or(self.width),
        }
    }
}

/// Which portfolio to read: taken by the commands that read one.
#[derive(Debug, Args, Clone, Default)]
pub struct ContentArgs {
    /// Read the portfolio from this folder instead of the bundled one (layout: profile.toml, projects/, posts/) (or `DRYGA_CONTENT_DIR`).
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath, help_heading = "Content")]
    pub content_dir: Option<PathBuf>,

    /// Read every file of the content folder, without the index kept in the cache (or `DRYGA_NO_INDEX=1`).
    #[arg(long, help_heading = "Content")]
    pub no_index: bool,
}

impl Cli {
    /// The display options: after the command, else before it.
    pub fn display(&self) -> DisplayArgs {
        match self.command.as_ref().and_then(Command::display) {
            Some(after) => self.display.merged(&after),
            None => self.display.clone(),
        }
    }

    /// The content folder given on the command line: after the command, else before it.
    pub fn content_dir(&self) -> Option<&PathBuf> {
        self.command
            .as_ref()
            .and_then(Command::content)
            .and_then(|c| c.content_dir.as_ref())
            .or(self.content.content_dir.as_ref())
    }

    /// Whether `--no-index` was given, before or after the command.
    pub fn no_index(&self) -> bool {
        self.content.no_index || self.command.as_ref().and_then(Command::content).is_some_and(|c| c.no_index)
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

impl From<ColorWhen> for anstream::ColorChoice {
    fn from(when: ColorWhen) -> Self {
        match when {
            ColorWhen::Auto => anstream::ColorChoice::Auto,
            ColorWhen::Always => anstream::ColorChoice::Always,
            ColorWhen::Never => anstream::ColorChoice::Never,
        }
    }
}

/// The subcommands. Each one's arguments (and its help's examples, attached
/// to its arguments struct) are built only when the command line names it:
/// `dryga list` does not pay for building `resume`'s flags. Building applies
/// the arguments struct's doc comment as the about, so it repeats the
/// variant's word for word (a test holds the two equal).
#[derive(Debug, Subcommand)]
#[command(defer = true)]
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
    Tags(TagsArgs),
    /// List every domain with how many projects it holds.
    Domains(DomainsArgs),
    /// The résumé: on one screen, or as Markdown, JSON Resume or a printable HTML page.
    Resume(ResumeArgs),
    /// Validate the content and list every problem as path:line:column: message.
    Check(CheckArgs),
    /// Print the whole corpus (profile, projects, posts) with bodies, for scripts.
    Export(ExportArgs),
    /// Print the JSON Schema of a command's JSON output.
    Schema(SchemaArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions(CompletionsArgs),
    /// Browse the portfolio full-screen: fuzzy filter, search, preview, résumé.
    ///
    /// A filter line, the list of items (title, kind, domain, tags) and a preview of the
    /// selected one, rendered as `show` renders it. Needs a terminal; exits 0 when you leave.
    #[command(visible_alias = "b")]
    Browse(BrowseArgs),
    /// Show the manual (on a terminal, through `man -l -`), print it as roff, or write every page to a folder with --dir.
    Man(ManArgs),
}

impl Command {
    /// The display options given after the command.
    pub fn display(&self) -> Option<DisplayArgs> {
        let display = match self {
            Command::List(a) => &a.filters.display,
            Command::Posts(a) => &a.filters.display,
            Command::Show(a) => &a.display,
            Command::Search(a) => &a.display,
            Command::Tags(TagsArgs { taxonomy: a }) | Command::Domains(DomainsArgs { taxonomy: a }) => &a.display,
            Command::Resume(a) => &a.display,
            Command::Check(a) => &a.display,
            Command::Browse(a) => return Some(DisplayArgs { color: a.color.color, ..DisplayArgs::default() }),
            Command::Export(ExportArgs { display, .. })
            | Command::Schema(SchemaArgs { display, .. })
            | Command::Completions(CompletionsArgs { display, .. })
            | Command::Man(ManArgs { display, .. }) => return Some(display.display()),
        };
        Some(display.clone())
    }

    /// The content options given after the command, for those that read content.
    pub fn content(&self) -> Option<&ContentArgs> {
        match self {
            Command::List(a) => Some(&a.filters.content),
            Command::Posts(a) => Some(&a.filters.content),
            Command::Show(a) => Some(&a.content),
            Command::Search(a) => Some(&a.content),
            Command::Tags(TagsArgs { taxonomy: a }) | Command::Domains(DomainsArgs { taxonomy: a }) => Some(&a.content),
            Command::Resume(a) => Some(&a.content),
            Command::Export(a) => Some(&a.content),
            Command::Browse(a) => Some(&a.content),
            Command::Check(_) | Command::Schema(_) | Command::Completions(_) | Command::Man(_) => None,
        }
    }
}

/// Show the manual (on a terminal, through `man -l -`), print it as roff, or write every page to a folder with --dir.
#[derive(Debug, Args, Clone)]
#[command(after_long_help = after_help(Some("man")))]
pub struct ManArgs {
    /// Write `dryga.1` and one `dryga-COMMAND.1` per command into DIR (e.g. ~/.local/share/man/man1) instead of printing.
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    pub dir: Option<PathBuf>,

    /// Print the roff source even on a terminal.
    #[arg(long)]
    pub raw: bool,

    /// The pager (colour and width are taken, and mean nothing here).
    #[command(flatten)]
    pub display: PagerArgs,
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

/// Print a shell completion script (bash, zsh, fish, powershell, elvish).
#[derive(Debug, Args, Clone)]
#[command(after_long_help = after_help(Some("completions")))]
pub struct CompletionsArgs {
    /// The shell to write a completion script for.
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: Shell,

    /// The pager (colour and width are taken, and mean nothing here).
    #[command(flatten)]
    pub display: PagerArgs,
}

/// Validate the content and list every problem as path:line:column: message.
#[derive(Debug, Args, Clone)]
#[command(after_long_help = after_help(Some("check")))]
pub struct CheckArgs {
    /// The content folder to check [default: --content-dir or `DRYGA_CONTENT_DIR`, else ./content when it exists, else the bundled content].
    #[arg(value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    pub dir: Option<PathBuf>,

    /// The content folder to check, as DIR (as every command takes it after its name).
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath, conflicts_with = "dir", help_heading = "Content")]
    pub content_dir: Option<PathBuf>,

    /// Output format [default: table on a terminal, plain otherwise].
    #[arg(long, short = 'f', value_enum, value_name = "FORMAT", overrides_with = "json", help_heading = "Output")]
    pub format: Option<CheckFormat>,

    /// `--json`.
    #[command(flatten)]
    pub json: JsonFlag,

    /// Colour, width, pager.
    #[command(flatten)]
    pub display: DisplayArgs,

    /// Taken, as every command that reads a folder takes it: `check`
    /// reads every file, with no index.
    #[arg(long, hide = true)]
    pub no_index: bool,
}

/// Print the whole corpus (profile, projects, posts) with bodies, for scripts.
#[derive(Debug, Args, Clone)]
#[command(after_long_help = after_help(Some("export")))]
pub struct ExportArgs {
    /// Output format [default: json].
    #[arg(long, short = 'f', value_enum, value_name = "FORMAT", overrides_with = "json", help_heading = "Output")]
    pub format: Option<ExportFormat>,

    /// `--json`.
    #[command(flatten)]
    pub json: JsonFlag,

    /// The content folder.
    #[command(flatten)]
    pub content: ContentArgs,

    /// The pager (colour and width are taken, and mean nothing here).
    #[command(flatten)]
    pub display: PagerArgs,
}

/// Commands whose JSON output has a published schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaName {
    /// `list` and `posts` (`--format json`; ndjson lines are its items).
    #[value(alias = "posts")]
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

/// Print the JSON Schema of a command's JSON output.
#[derive(Debug, Args, Clone)]
#[command(after_long_help = after_help(Some("schema")))]
pub struct SchemaArgs {
    /// Whose output to describe.
    #[arg(value_enum, value_name = "COMMAND")]
    pub command: SchemaName,

    /// The pager (colour and width are taken, and mean nothing here).
    #[command(flatten)]
    pub display: PagerArgs,
}

/// Filters and formatting for listings.
#[derive(Debug, Args, Clone, Default)]
pub struct ListFilters {
    /// Only items with this tag (case-insensitive, as tables print it too: `open source`; repeat to require all).
    #[arg(long, short = 't', value_name = "TAG", help_heading = "Filters")]
    pub tag: Vec<String>,

    /// How to sort [default: order].
    #[arg(long, value_enum, value_name = "KEY", help_heading = "Filters")]
    pub sort: Option<SortKey>,

    /// Show at most N items.
    #[arg(long, short = 'n', value_name = "N", allow_negative_numbers = true, value_parser = clap::value_parser!(u32).range(1..), help_heading = "Filters")]
    pub limit: Option<u32>,

    /// Output format [default: table on a terminal, plain otherwise].
    #[arg(long, short = 'f', value_enum, value_name = "FORMAT", overrides_with = "json", help_heading = "Output")]
    pub format: Option<ListFormat>,

    /// `--json`.
    #[command(flatten)]
    pub json: JsonFlag,

    /// Colour, width, pager.
    #[command(flatten)]
    pub display: DisplayArgs,

    /// The content folder.
    #[command(flatten)]
    pub content: ContentArgs,
}

/// List projects (or posts) with filters.
#[derive(Debug, Args, Clone)]
#[command(after_long_help = after_help(Some("list")))]
pub struct ListArgs {
    /// Which kinds of item to list [default: project].
    #[arg(long, short = 'k', value_enum, value_name = "KIND", help_heading = "Filters")]
    pub kind: Option<KindFilter>,

    /// Only projects in this domain (case-insensitive, as tables print it too: `Developer tools`; repeat to allow any of them).
    #[arg(long, short = 'd', value_name = "DOMAIN", help_heading = "Filters")]
    pub domain: Vec<String>,

    /// Tag, sort, limit and format.
    #[command(flatten)]
    pub filters: ListFilters,
}

/// List the blog posts (same as `list --kind post`).
#[derive(Debug, Args, Clone)]
#[command(after_long_help = after_help(Some("posts")))]
pub struct PostsArgs {
    /// Tag, sort, limit and format.
    #[command(flatten)]
    pub filters: ListFilters,
}

/// Show one project or post in full.
#[derive(Debug, Args, Clone)]
#[command(after_long_help = after_help(Some("show")))]
pub struct ShowArgs {
    /// The slug or title of a project or post (case-insensitive); a title's words may be given unquoted (`show best wallet`).
    #[arg(value_name = "SLUG|TITLE", required = true)]
    pub name: Vec<String>,

    /// How many of the name's words came after `--section` and its value
    /// (set as the command line is parsed): a heading's words typed
    /// unquoted, when the name names nothing.
    #[arg(skip)]
    pub after_section: usize,

    /// Only the section whose heading best matches TEXT (its words, in any case, as search matches them), with its sub-sections.
    #[arg(long, value_name = "TEXT")]
    pub section: Option<String>,

    /// Output format [default: text].
    #[arg(long, short = 'f', value_enum, value_name = "FORMAT", overrides_with = "json", help_heading = "Output")]
    pub format: Option<ShowFormat>,

    /// `--json`.
    #[command(flatten)]
    pub json: JsonFlag,

    /// Colour, width, pager.
    #[command(flatten)]
    pub display: DisplayArgs,

    /// The content folder.
    #[command(flatten)]
    pub content: ContentArgs,
}

impl ShowArgs {
    /// The slug or title asked for: the words given, joined by spaces
    /// (`show best wallet` asks what `show 'best wallet'` asks).
    pub fn named(&self) -> String {
        self.name.join(" ")
    }
}

/// Search titles, tags, summaries and bodies.
#[derive(Debug, Args, Clone)]
#[command(after_long_help = after_help(Some("search")))]
pub struct SearchArgs {
    /// What to look for. Words match whole words in any case, after English stemming (`logs` finds "logging"); all must match, given as one argument or several (`search elixir kubernetes`), but for small words typed in lowercase beside others (a, the, on, with: `built a billing system`), which a query needs only quoted or alone. `kube*` matches words that start with kube; "a quoted phrase" (or “one pasted”) matches its words in a row; c++, c#, .net and node.js are words. A hyphenated word is also the word it makes (front-end: "frontend"), and a few technologies are also their other names (k8s: "Kubernetes"). With --regex, a regular expression (several arguments are joined by spaces).
    #[arg(value_name = "QUERY", required = true)]
    pub words: Vec<String>,

    /// Treat the query as a regular expression (Rust regex syntax), case-insensitive unless it has an upper-case letter (smart case).
    #[arg(long, short = 'e', help_heading = "Matching")]
    pub regex: bool,

    /// Match case exactly: words as written (and their possessives: OTP finds "OTP's"), without stemming.
    #[arg(long, short = 's', overrides_with = "ignore_case", help_heading = "Matching")]
    pub case_sensitive: bool,

    /// Ignore case, even in a --regex with upper-case letters, and for a technology whose name is an everyday word (`go`, `REST`: by default, "Go" and "REST" as written, or a tag).
    #[arg(long, short = 'i', overrides_with = "case_sensitive", help_heading = "Matching")]
    pub ignore_case: bool,

    /// Never correct a word that matches nothing (by default, a clear typo of a tag or title word is corrected).
    #[arg(long, help_heading = "Matching")]
    pub exact: bool,

    /// Which kinds of item to show [default: all].
    #[arg(long, short = 'k', value_enum, value_name = "KIND", help_heading = "Filters")]
    pub kind: Option<KindFilter>,

    /// Only items with this tag (case-insensitive, as tables print it too: `open source`; repeat to require all).
    #[arg(long, short = 't', value_name = "TAG", help_heading = "Filters")]
    pub tag: Vec<String>,

    /// Only projects in this domain (case-insensitive, as tables print it too: `Developer tools`; repeat to allow any of them).
    #[arg(long, short = 'd', value_name = "DOMAIN", help_heading = "Filters")]
    pub domain: Vec<String>,

    /// Show at most N hits.
    #[arg(long, short = 'n', value_name = "N", allow_negative_numbers = true, value_parser = clap::value_parser!(u32).range(1..), help_heading = "Filters")]
    pub limit: Option<u32>,

    /// Output format [default: text].
    #[arg(long, short = 'f', value_enum, value_name = "FORMAT", overrides_with = "json", help_heading = "Output")]
    pub format: Option<SearchFormat>,

    /// `--json`.
    #[command(flatten)]
    pub json: JsonFlag,

    /// Colour, width, pager.
    #[command(flatten)]
    pub display: DisplayArgs,

    /// The content folder.
    #[command(flatten)]
    pub content: ContentArgs,

    /// The dashed words typed (`-terraform`), which clap may have read as a
    /// short option and its value ([`parse_args`]).
    #[arg(skip)]
    pub dashed: Vec<String>,
}

impl SearchArgs {
    /// `err`, or, when it is a `--tag` or `--domain` that names nothing
    /// and came from a dashed word's rest (`-terraform`: `--tag
    /// erraform`; `-docker`, where `docker` is a tag: `--domain ocker`), the error of a search that
    /// cannot leave words out: the word was meant, as `-mobile` is, when
    /// it names something (`is_tag` says whether a word is a tag). Not
    /// when the value is close to another (`-telixr`: did you mean
    /// elixir?) or names a domain: then the option was meant. When
    /// neither the value nor the word names anything (`-docker` where no
    /// tag is `docker`), either may have been meant: the option's error,
    /// saying how the word was read ([`crate::error::Error::ReadAsOption`]).
    pub fn dashed_word(&self, err: crate::error::Error, is_tag: impl Fn(&str) -> bool) -> crate::error::Error {
        use crate::error::Error;
        let (value, letter, near, option) = match &err {
            Error::UnknownTag { value, near, domain: None, .. } => (value, 't', near, "--tag"),
            Error::UnknownDomain { value, near, .. } => (value, 'd', near, "--domain"),
            _ => return err,
        };
        let Some(word) = self.dashed.iter().find(|word| took_value(word, value) == Some(letter)) else { return err };
        // The whole word names something: the closest name (`terraform`
        // for `erraform`), or a tag (a folder's `-docker`). Else the option
        // was meant when its value is close to a name (`-telixr`); with
        // nothing close, either may have been (`-tpython`; `-docker` over
        // the bundled content, which has no such tag), and the option's
        // error says how the word was read.
        let whole = format!("{letter}{value}");
        if near.first().is_some_and(|n| n.eq_ignore_ascii_case(&whole)) || is_tag(&whole.to_lowercase()) {
            return Error::QueryOperator { operator: word.clone() };
        }
        if !near.is_empty() {
            return err;
        }
        let option = format!("{option} {}", crate::render::shell_quote(value));
        Error::ReadAsOption { word: word.clone(), option, inner: Box::new(err) }
    }

    /// The query: the words given, joined by spaces (`search elixir
    /// kubernetes` asks what `search 'elixir kubernetes'` asks).
    pub fn query(&self) -> String {
        self.words.join(" ")
    }

    /// The case rule the flags ask for.
    pub fn case(&self) -> CaseMode {
        if self.case_sensitive {
            CaseMode::Sensitive
        } else if self.ignore_case {
            CaseMode::Insensitive
        } else {
            CaseMode::Smart
        }
    }
}

/// List every tag with how many items carry it.
#[derive(Debug, Args, Clone)]
#[command(after_long_help = after_help(Some("tags")))]
pub struct TagsArgs {
    /// The options `tags` shares with `domains`.
    #[command(flatten)]
    pub taxonomy: TaxonomyArgs,
}

/// List every domain with how many projects it holds.
#[derive(Debug, Args, Clone)]
#[command(after_long_help = after_help(Some("domains")))]
pub struct DomainsArgs {
    /// The options `domains` shares with `tags`.
    #[command(flatten)]
    pub taxonomy: TaxonomyArgs,
}

/// Arguments of `tags` and `domains`.
#[derive(Debug, Args, Clone)]
pub struct TaxonomyArgs {
    /// How to sort: count (most used first), name, or order (the vocabulary's, domains only) [default: count for tags, order for domains].
    #[arg(long, value_enum, value_name = "KEY", help_heading = "Filters")]
    pub sort: Option<TaxonomySort>,

    /// Show at most N.
    #[arg(long, short = 'n', value_name = "N", allow_negative_numbers = true, value_parser = clap::value_parser!(u32).range(1..), help_heading = "Filters")]
    pub limit: Option<u32>,

    /// Output format [default: table on a terminal, plain otherwise].
    #[arg(long, short = 'f', value_enum, value_name = "FORMAT", overrides_with = "json", help_heading = "Output")]
    pub format: Option<ListFormat>,

    /// `--json`.
    #[command(flatten)]
    pub json: JsonFlag,

    /// Colour, width, pager.
    #[command(flatten)]
    pub display: DisplayArgs,

    /// The content folder.
    #[command(flatten)]
    pub content: ContentArgs,
}

/// How to sort tags and domains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TaxonomySort {
    /// The most used first, then by name.
    Count,
    /// Alphabetically.
    Name,
    /// The vocabulary's order (domains; tags by count).
    Order,
}

/// Browse the portfolio full-screen: fuzzy filter, search, preview, résumé.
///
/// A filter line, the list of items (title, kind, domain, tags) and a preview of the
/// selected one, rendered as `show` renders it. Needs a terminal; exits 0 when you leave.
#[derive(Debug, Args, Clone)]
#[command(after_long_help = after_help(Some("browse")))]
pub struct BrowseArgs {
    /// Start with this in the filter line, e.g. '#elixir' or '@fintech ecto'.
    #[arg(value_name = "FILTER")]
    pub filter: Option<String>,

    /// Colour (the only display option that acts on a full screen).
    #[command(flatten)]
    pub color: ColorArg,

    /// The content folder.
    #[command(flatten)]
    pub content: ContentArgs,
}

/// `--color`, for a command that draws its own screen; `--width` and
/// `--no-pager` are taken, as every command takes them (a wrapper or alias
/// may add them to any command; `dryga --width 80 browse` was taken and
/// `dryga browse --width 80` refused), and left out of its help: the
/// screen is the terminal's, and no pager shows it.
#[derive(Debug, Args, Clone, Default)]
pub struct ColorArg {
    /// When to use colour: auto (on a terminal, unless `NO_COLOR` is set), always or never [default: auto].
    #[arg(long, value_enum, value_name = "WHEN", help_heading = "Display")]
    pub color: Option<ColorWhen>,

    /// Taken, as every command takes it; the screen is the terminal's.
    #[arg(long, value_name = "N", allow_negative_numbers = true, value_parser = clap::value_parser!(u16).range(20..=1000), hide = true)]
    pub width: Option<u16>,

    /// Taken, as every command takes it; nothing is paged.
    #[arg(long, hide = true)]
    pub no_pager: bool,
}

/// The résumé: on one screen, or as Markdown, JSON Resume or a printable HTML page.
#[derive(Debug, Args, Clone)]
#[command(after_long_help = after_help(Some("resume")))]
pub struct ResumeArgs {
    /// Text: show every project, key result and post in full, not one screen (other formats always show all).
    #[arg(long, help_heading = "Output")]
    pub full: bool,

    /// Tailor the résumé to a job description in FILE (`-`: standard input, ended by Ctrl-D on a terminal): the most relevant first, what each entry claims of it, and which of its technologies the portfolio claims, only mentions or lacks.
    #[arg(long = "for", value_name = "FILE", help_heading = "Tailoring")]
    pub job: Option<PathBuf>,

    /// Output format [default: text].
    #[arg(long, short = 'f', value_enum, value_name = "FORMAT", overrides_with = "json", help_heading = "Output")]
    pub format: Option<ResumeFormat>,

    /// `--json` (JSON Resume).
    #[command(flatten)]
    pub json: JsonFlag,

    /// Write the résumé to FILE, in the format its extension names (.txt, .md, .json, .html) unless --format is given (`-`: standard output).
    ///
    /// The file is whole or not written: a FILE there is replaced once the résumé is, and an error leaves it as it was (a shell's `> FILE` empties it first). Text is written as for a pipe: 80 columns or --width, no colour unless --color always.
    #[arg(long, short = 'o', value_name = "FILE", value_hint = clap::ValueHint::FilePath, help_heading = "Output")]
    pub output: Option<PathBuf>,

    /// Colour, width, pager.
    #[command(flatten)]
    pub display: DisplayArgs,

    /// The content folder.
    #[command(flatten)]
    pub content: ContentArgs,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    /// The switches a dashed word is read through are `search`'s short
    /// flags that take no value, as clap has them (a switch added to
    /// `search` and not here would be read as a word's letter).
    #[test]
    fn the_switches_are_searchs_short_flags_without_a_value() {
        let mut cli = Cli::command();
        cli.build();
        let search = cli.find_subcommand("search").expect("search");
        let mut shorts: Vec<char> = search
            .get_arguments()
            .filter(|a| !a.get_action().takes_values())
            .filter_map(clap::Arg::get_short)
            .collect();
        shorts.sort_unstable();
        let mut switches: Vec<char> = SWITCHES.chars().collect();
        switches.sort_unstable();
        assert_eq!(shorts, switches);
    }

    /// The short option that took a dashed word's rest, after switches.
    #[test]
    fn the_option_that_took_a_dashed_words_rest() {
        assert_eq!(took_value("-terraform", "erraform"), Some('t'));
        assert_eq!(took_value("-iterm", "erm"), Some('t'));
        assert_eq!(took_value("-siterm", "erm"), Some('t'));
        // Not a switch before the option, not the word's end, no value.
        assert_eq!(took_value("-xterm", "erm"), None);
        assert_eq!(took_value("-terraform", "erra"), None);
        assert_eq!(took_value("-t", ""), None);
        // A switch takes no value.
        assert_eq!(took_value("-ipad", "pad"), None);
        assert!(dashed_word("-docker-compose", "") && !dashed_word("--tag", "") && !dashed_word("-5", ""));
    }

    /// A built command (all subcommands with their arguments).
    fn built() -> clap::Command {
        let mut cmd = Cli::command();
        cmd.build();
        cmd
    }

    /// The about listed by `dryga --help` (before a command is built) is the
    /// one its own `--help` shows (after).
    #[test]
    fn each_command_reads_the_same_before_and_after_it_is_built() {
        let listed = Cli::command();
        let built = built();
        for sub in listed.get_subcommands() {
            let after = built.find_subcommand(sub.get_name()).expect("the same commands");
            assert!(after.get_arguments().any(|a| a.get_id() == "help"), "{} was built", sub.get_name());
            assert_eq!(sub.get_about().map(ToString::to_string), after.get_about().map(ToString::to_string));
            assert_eq!(
                sub.get_long_about().map(ToString::to_string),
                after.get_long_about().map(ToString::to_string),
                "{}",
                sub.get_name()
            );
        }
    }

    fn parse(args: &[&str]) -> Cli {
        Cli::try_parse_from(std::iter::once("dryga").chain(args.iter().copied())).expect("parses")
    }

    #[test]
    fn no_command_is_the_card_and_resume_takes_a_job() {
        assert!(parse(&[]).command.is_none());
        assert!(parse(&["--color", "always", "--width", "60"]).command.is_none());
        let Some(Command::Resume(resume)) = parse(&["resume", "--for", "-"]).command else { panic!() };
        assert_eq!(resume.job.as_deref(), Some(std::path::Path::new("-")));
    }

    #[test]
    fn the_last_flag_wins() {
        let Some(Command::List(list)) = parse(&["list", "--limit", "2", "--limit", "3"]).command else { panic!() };
        assert_eq!(list.filters.limit, Some(3));
        let Some(Command::List(list)) = parse(&["list", "--json", "--format", "csv"]).command else { panic!() };
        assert_eq!((list.filters.format, list.filters.json.json), (Some(ListFormat::Csv), false));
        let Some(Command::List(list)) = parse(&["list", "--format", "csv", "--json"]).command else { panic!() };
        assert_eq!((list.filters.format, list.filters.json.json), (None, true));
        let Some(Command::Search(search)) = parse(&["search", "x", "-i", "-s"]).command else { panic!() };
        assert_eq!(search.case(), CaseMode::Sensitive);
        let Some(Command::Search(search)) = parse(&["search", "x", "-s", "-i"]).command else { panic!() };
        assert_eq!(search.case(), CaseMode::Insensitive);
        // Repeated filters add up rather than override.
        let Some(Command::List(list)) = parse(&["list", "--tag", "a", "--tag", "b"]).command else { panic!() };
        assert_eq!(list.filters.tag, ["a", "b"]);
    }

    /// Every command with a `--format` has the shared `--json`, and the two override each other.
    #[test]
    fn every_format_flag_has_its_json_twin() {
        let cmd = built();
        assert!(cmd.get_subcommands().count() >= 13);
        for sub in cmd.get_subcommands() {
            let ids: Vec<&str> = sub.get_arguments().map(|a| a.get_id().as_str()).collect();
            assert_eq!(ids.contains(&"format"), ids.contains(&"json"), "{}", sub.get_name());
            if let Some(format) = sub.get_arguments().find(|a| a.get_id() == "format") {
                let first = format.get_possible_values()[0].get_name().to_owned();
                let cli = Cli::try_parse_from(["dryga", sub.get_name(), "--json", "--format", &first, "x"])
                    .or_else(|_| Cli::try_parse_from(["dryga", sub.get_name(), "x", "--json", "--format", &first]))
                    .or_else(|_| Cli::try_parse_from(["dryga", sub.get_name(), "--json", "--format", &first]));
                assert!(cli.is_ok(), "{}: {cli:?}", sub.get_name());
            }
        }
    }
}
