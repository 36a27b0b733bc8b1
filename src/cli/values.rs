//! The core's enums as flag values (clap's `ValueEnum`, implemented here so
//! that the core needs no clap), `--json` declared once, and the one place
//! that resolves the output format from `--format`, `--json` and where stdout
//! goes.

use clap::builder::PossibleValue;
use clap::{Args, ValueEnum};

use crate::query::filter::{KindFilter, SortKey};
use crate::render::{CheckFormat, ExportFormat, ListFormat, ResumeFormat, SearchFormat, ShowFormat};

/// Implements `ValueEnum` for a core enum: each variant's flag value and help.
macro_rules! flag_values {
    ($ty:ty { $($variant:ident => $name:literal : $help:literal),+ $(,)? }) => {
        impl ValueEnum for $ty {
            fn value_variants<'a>() -> &'a [Self] {
                &[$(<$ty>::$variant),+]
            }

            fn to_possible_value(&self) -> Option<PossibleValue> {
                Some(match self {
                    $(<$ty>::$variant => PossibleValue::new($name).help($help)),+
                })
            }
        }
    };
}

flag_values!(ListFormat {
    Table => "table": "Aligned columns fitted to the width (default on a terminal)",
    Plain => "plain": "One slug (or name) a line (default when piped)",
    Json => "json": "One JSON array",
    Ndjson => "ndjson": "One JSON object a line",
    Csv => "csv": "Comma-separated values with a header row",
});

flag_values!(ShowFormat {
    Text => "text": "Rendered for the terminal: wrapped, styled on a terminal",
    Markdown => "markdown": "The Markdown source of the body, byte for byte",
    Json => "json": "One JSON object with the body and the rendered text",
});

flag_values!(SearchFormat {
    Text => "text": "Hits with snippets, matches highlighted on a terminal",
    Json => "json": "One JSON array of hits",
    Ndjson => "ndjson": "One JSON hit a line",
});

impl ValueEnum for ResumeFormat {
    fn value_variants<'a>() -> &'a [Self] {
        &[ResumeFormat::Text, ResumeFormat::Markdown, ResumeFormat::JsonResume, ResumeFormat::Html]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            ResumeFormat::Text => PossibleValue::new("text").help("One screen to skim: wrapped, styled on a terminal"),
            ResumeFormat::Markdown => PossibleValue::new("markdown").help("Markdown to paste into a document"),
            // `json` means JSON on every command: here, the JSON Resume standard.
            ResumeFormat::JsonResume => PossibleValue::new("json-resume")
                .alias("json")
                .help("A JSON Resume document (jsonresume.org), for importing; also `json`"),
            ResumeFormat::Html => {
                PossibleValue::new("html").help("One self-contained HTML page that prints on at most two A4 pages")
            }
        })
    }
}

impl ValueEnum for CheckFormat {
    fn value_variants<'a>() -> &'a [Self] {
        &[CheckFormat::Table, CheckFormat::Plain, CheckFormat::Json]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            CheckFormat::Table => {
                PossibleValue::new("table").help("Location, severity and message in columns (default on a terminal)")
            }
            // `text` was this format's name before `check` had a table.
            CheckFormat::Plain => PossibleValue::new("plain")
                .alias("text")
                .help("One problem a line: `path:line:column: message (hint: …)` (default when piped)"),
            CheckFormat::Json => PossibleValue::new("json").help("One JSON object with counts and every problem"),
        })
    }
}

flag_values!(ExportFormat {
    Json => "json": "One JSON object: `profile`, `projects`, `posts`",
    Ndjson => "ndjson": "One item a line (projects, then posts); the profile is only in `json`",
});

flag_values!(KindFilter {
    Project => "project": "Projects only",
    Post => "post": "Blog posts only",
    All => "all": "Projects and posts",
});

flag_values!(SortKey {
    Order => "order": "The site's order",
    Title => "title": "Alphabetically by title",
    Domain => "domain": "By domain, then the site's order",
});

/// `--json`: declared once, flattened into every command that prints JSON. It
/// and `--format` override each other: the last one given wins.
#[derive(Debug, Args, Clone, Copy, Default, PartialEq, Eq)]
pub struct JsonFlag {
    /// Print JSON (same as --format json).
    #[arg(long = "json", overrides_with = "format", help_heading = "Output")]
    pub json: bool,
}

/// An output format a command can be asked for.
pub trait FormatChoice: Copy {
    /// The format `--json` stands for.
    const JSON: Self;

    /// The format when none is asked for, on a terminal (`tty`) or in a pipe.
    fn default_for(tty: bool) -> Self;
}

impl JsonFlag {
    /// The output format: `--json` or `--format`, whichever came last (clap
    /// keeps only that one), else the default for where stdout goes. The one
    /// place where formats are resolved.
    pub fn resolve<F: FormatChoice>(self, format: Option<F>, tty: bool) -> F {
        if self.json { F::JSON } else { format.unwrap_or_else(|| F::default_for(tty)) }
    }
}

impl FormatChoice for ListFormat {
    const JSON: Self = ListFormat::Json;

    fn default_for(tty: bool) -> Self {
        if tty { ListFormat::Table } else { ListFormat::Plain }
    }
}

impl FormatChoice for ShowFormat {
    const JSON: Self = ShowFormat::Json;

    fn default_for(_: bool) -> Self {
        ShowFormat::Text
    }
}

impl FormatChoice for SearchFormat {
    const JSON: Self = SearchFormat::Json;

    fn default_for(_: bool) -> Self {
        SearchFormat::Text
    }
}

impl FormatChoice for ResumeFormat {
    const JSON: Self = ResumeFormat::JsonResume;

    fn default_for(_: bool) -> Self {
        ResumeFormat::Text
    }
}

impl FormatChoice for CheckFormat {
    const JSON: Self = CheckFormat::Json;

    fn default_for(tty: bool) -> Self {
        if tty { CheckFormat::Table } else { CheckFormat::Plain }
    }
}

impl FormatChoice for ExportFormat {
    const JSON: Self = ExportFormat::Json;

    fn default_for(_: bool) -> Self {
        ExportFormat::Json
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_and_format_resolve_in_one_place() {
        let json = JsonFlag { json: true };
        let none = JsonFlag::default();
        assert_eq!(json.resolve::<ListFormat>(None, true), ListFormat::Json);
        assert_eq!(none.resolve::<ListFormat>(None, true), ListFormat::Table);
        assert_eq!(none.resolve::<ListFormat>(None, false), ListFormat::Plain);
        assert_eq!(none.resolve(Some(ListFormat::Csv), true), ListFormat::Csv);
        assert_eq!(json.resolve::<ResumeFormat>(None, false), ResumeFormat::JsonResume);
        assert_eq!(none.resolve::<ExportFormat>(None, true), ExportFormat::Json);
    }

    #[test]
    fn every_value_has_a_name_and_help() {
        for v in ListFormat::value_variants() {
            let pv = v.to_possible_value().expect("value");
            assert!(pv.get_help().is_some(), "{}", pv.get_name());
        }
        assert_eq!(ResumeFormat::from_str("json-resume", false), Ok(ResumeFormat::JsonResume));
        assert_eq!(ResumeFormat::from_str("json", false), Ok(ResumeFormat::JsonResume));
        assert_eq!(KindFilter::from_str("ALL", true), Ok(KindFilter::All));
    }
}
