//! `dryga check`: validate a content folder (or the bundled content) and list
//! every problem, for people (`path:line:column: message`) or CI (JSON).

use std::fmt::Write as _;
use std::path::Path;

use super::Report;
use crate::cli::{CheckArgs, CheckFormat};
use crate::content::{self, Problem, Severity};
use crate::error::{Error, Result};
use crate::render::json::{self, CheckJson};

/// Runs `check` on `args.dir`, else `default_dir`, else the bundled content.
/// Exit status: 0 no errors (warnings allowed), 1 errors found, 2 folder unreadable.
pub fn run(args: &CheckArgs, default_dir: Option<&Path>) -> Result<Report> {
    let dir = args.dir.as_deref().or(default_dir);
    let (shown, files, problems) = match dir {
        None => {
            let files = content::bundled_files();
            let count = files.len();
            let problems = match content::assemble("content/", files) {
                Ok(loaded) => loaded.warnings,
                Err(problems) => problems,
            };
            ("content/".to_owned(), count, problems)
        }
        Some(dir) => {
            let read = content::dir::read(dir)
                .map_err(|e| Error::Usage(format!("cannot read content folder {}: {e}", dir.display())))?;
            let count = read.texts.len() + read.problems.iter().filter(|p| p.severity == Severity::Error).count();
            let prefix = content::display_prefix(dir);
            let problems = match content::assemble_with(&prefix, read.texts, read.problems) {
                Ok(loaded) => loaded.warnings,
                Err(problems) => problems,
            };
            (prefix, count, problems)
        }
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
        plural(files),
        plural(errors),
        plural(warnings)
    );
    Ok(Report { stdout, notes: vec![summary], found: errors == 0 })
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// One problem a line, cleaned of control characters (paths and messages quote content).
fn text(problems: &[Problem]) -> String {
    let mut out = String::new();
    for p in problems {
        let _ = writeln!(out, "{}", crate::sanitize::clean_line(&p.to_string()));
    }
    out
}
