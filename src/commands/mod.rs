//! One module per subcommand: glue from the parsed arguments through the query
//! to a renderer. Commands return a [`Report`]; they never print.

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

use crate::cli::ListFormat;
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

/// The list format: `--json`, else `--format`, else table on a terminal and plain in a pipe.
pub fn list_format(format: Option<ListFormat>, json: bool, term: &Terminal) -> ListFormat {
    if json {
        return ListFormat::Json;
    }
    format.unwrap_or(if term.is_tty { ListFormat::Table } else { ListFormat::Plain })
}
