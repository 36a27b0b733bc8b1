//! The help text beyond the flags: examples, exit status and environment,
//! shared by `--help` and the man page.

/// Examples shown by `--help` (all of them at the top, a command's own under it)
/// and in the man page: `(command line, what it does)`.
pub const EXAMPLES: &[(&str, &str)] = &[
    ("dryga", "a card: who, key results, and the commands to go further"),
    ("dryga list", "every project, as a table on a terminal"),
    ("dryga list --tag elixir --json", "the Elixir projects, as JSON"),
    ("dryga list --domain fintech --sort title", "payment and lending projects, by title"),
    ("dryga posts", "the blog posts"),
    ("dryga resume", "the résumé, on one screen"),
    ("dryga resume -o cv.html", "the résumé as a page that prints on two A4 pages (the format from the extension)"),
    ("dryga resume --format json-resume", "the résumé as a JSON Resume document"),
    ("dryga resume --for job.txt", "the résumé tailored to a job description (- reads it from standard input)"),
    ("dryga show blitz", "the Blitz case study, rendered"),
    ("dryga show \"Ecto Mnesia Adapter\" --format markdown", "an item's Markdown source, found by title"),
    ("dryga search duckdb", "where DuckDB is mentioned, best first"),
    ("dryga search '\"open source\"' --kind project", "a phrase, in projects only"),
    ("dryga search --regex 'P9[59]'", "a regular expression"),
    ("dryga browse", "browse everything full-screen: type to filter, Tab to search, Enter to read"),
    ("dryga browse '#elixir'", "browse the Elixir items (press ? inside for the keys)"),
    ("dryga tags --format table", "every tag with its counts"),
    ("dryga domains", "every domain with its project count"),
    ("dryga export --format ndjson", "the whole corpus with bodies, one item a line"),
    ("dryga check ./my-content", "validate a content folder"),
    ("dryga --content-dir ./my-content list", "list another portfolio"),
    ("dryga schema list", "the JSON Schema of `list --json`"),
    ("dryga completions bash > ~/.local/share/bash-completion/completions/dryga", "install bash completions"),
    ("dryga man", "read the manual (on a terminal; `dryga man | man -l -` elsewhere)"),
    ("dryga man --dir ~/.local/share/man/man1", "install every page, then `man dryga-search`"),
];

/// The keys of `dryga browse`: `(keys, what they do)`, shown by `browse --help`,
/// the man page and `?` in the browser.
pub const BROWSE_KEYS: &[(&str, &str)] = &[
    (
        "typing",
        "filter: fuzzy over title, slug and tags, best match first, matches highlighted; fzf's 'exact ^start end$ !not work too (each word in one field)",
    ),
    ("#tag @domain", "keep the items with that tag, or in that domain (with the words typed)"),
    ("Tab", "switch between the fuzzy filter and full-text search (ranked hits, each with its snippet and section)"),
    ("Up Down, Ctrl-P Ctrl-N", "move the selection"),
    ("Home End, Ctrl-B Ctrl-F", "the first or last item; a page up or down the list"),
    ("PageUp PageDown", "scroll the preview"),
    ("Enter", "read the selected item in full: arrows, PageUp PageDown, Space, Home End, g G; Esc goes back"),
    ("Backspace, Ctrl-W, Ctrl-U", "delete a character, a word, the whole filter"),
    ("Left Right, Ctrl-A Ctrl-E", "move in the filter line"),
    ("r, ?", "with an empty filter: the résumé, these keys (in search, text)"),
    ("y, Ctrl-Y", "copy the selected slug to the clipboard with OSC 52 (y with an empty filter; in search, text)"),
    ("Esc", "clear the filter; leave when it is empty"),
    (
        "q",
        "leave, with an empty filter (to filter by a word starting with q, r or y, type a space first; in search, every letter is text)",
    ),
    ("Ctrl-C", "leave, from anywhere"),
    ("Ctrl-Z", "suspend; fg comes back"),
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
    ("DRYGA_PAGER", "the pager for long output on a terminal; overrides PAGER; empty or cat alone: no pager"),
    ("PAGER", "the pager when DRYGA_PAGER is unset (default: less -FRX)"),
    ("DRYGA_CONTENT_DIR", "a content folder to read instead of the bundled one (as --content-dir)"),
    ("DRYGA_CACHE_DIR", "where content folders are indexed (default: $XDG_CACHE_HOME/dryga, else ~/.cache/dryga)"),
    ("DRYGA_NO_INDEX", "when set and not empty or 0, read content folders without an index (as --no-index)"),
];

/// The text after `--help`: examples (those of `command`, or all), exit status, environment.
pub fn after_help(command: Option<&str>) -> String {
    use std::fmt::Write as _;
    let mut s = String::from("Examples:\n");
    let prefix = command.map(|c| format!("dryga {c}"));
    for (line, what) in EXAMPLES.iter().filter(|(l, _)| prefix.as_ref().is_none_or(|p| l.starts_with(p.as_str()))) {
        let _ = writeln!(s, "  {line}\n      {what}");
    }
    if command == Some("browse") {
        s.push_str("\nKeys:\n");
        for (keys, what) in BROWSE_KEYS {
            let _ = writeln!(s, "  {keys}\n      {what}");
        }
    }
    if command.is_none() {
        s.push_str("\nExit status:\n");
        // As the examples: a name on its line, what it means indented under
        // it, since clap wraps a line under its own indent.
        for (code, what) in EXIT_STATUS {
            let _ = writeln!(s, "  {code}\n      {what}");
        }
        s.push_str("\nEnvironment:\n");
        for (name, what) in ENVIRONMENT {
            let _ = writeln!(s, "  {name}\n      {what}");
        }
    }
    s.trim_end().to_owned()
}
