//! `dryga check`: validate a content folder (or the bundled content) and list
//! every problem, for people (`path:line:column: message`) or CI (JSON).

use std::fmt::Write as _;
use std::path::Path;

use super::Report;
use crate::cli::{CheckArgs, CheckFormat};
use crate::content::{self, Problem, Severity};
use crate::error::{Error, Result, plural_s};
use crate::render::json::{self, CheckJson};

/// Runs `check` on `args.dir`, else `default_dir`, else the bundled content.
/// Exit status: 0 no errors (warnings allowed), 1 errors found, 2 folder unreadable.
pub fn run(args: &CheckArgs, default_dir: Option<&Path>) -> Result<Report> {
    let dir = args.dir.as_deref().or(default_dir);
    let (shown, files, result) = content::load(dir).map_err(Error::from)?;
    let problems = match result {
        Ok(loaded) => loaded.warnings,
        Err(problems) => problems,
    };
    let errors = problems.iter().filter(|p| p.severity == Severity::Error).count();
    let warnings = problems.len() - errors;
    let format = if args.json { CheckFormat::Json } else { args.format };
    let stdout = match format {
        CheckFormat::Json => {
            let value = CheckJson { content: &shown, files, errors, warnings, problems: &problems };
            json::to_string(&value, true) + "\n"
        }
        CheckFormat::Text => text(&problems),
    };
    let summary = format!(
        "checked {files} file{} in {shown}: {errors} error{}, {warnings} warning{}",
        plural_s(files),
        plural_s(errors),
        plural_s(warnings)
    );
    Ok(Report { stdout, notes: vec![summary], found: errors == 0 })
}

/// One problem a line, cleaned of control characters (paths and messages quote content).
fn text(problems: &[Problem]) -> String {
    let mut out = String::new();
    for p in problems {
        let _ = writeln!(out, "{}", crate::sanitize::clean_line(&p.to_string()));
    }
    out
}
