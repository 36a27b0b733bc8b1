//! `dryga check`: validate a content folder (or the bundled content) and list
//! every problem, for people (`path:line:column: message`) or CI (JSON).

use std::path::Path;

use super::Report;
use crate::cli::CheckArgs;
use crate::content;
use crate::error::Result;
use crate::output::Terminal;
use crate::render::check::{self, Summary};

/// Runs `check` on `args.dir`, else `default_dir`, else the bundled content.
/// Exit status: 0 no errors (warnings allowed), 1 errors found, 2 folder unreadable.
pub fn run(args: &CheckArgs, default_dir: Option<&Path>, term: &Terminal) -> Result<Report> {
    let checked = content::check(args.dir.as_deref().or(default_dir))?;
    let format = args.json.resolve(args.format, term.is_tty);
    let summary = Summary::new(&checked);
    Ok(Report {
        stdout: check::render(&checked, format)?,
        notes: vec![summary.line(&checked)],
        found: summary.errors == 0,
    })
}
