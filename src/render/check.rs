//! The report of `check`: one problem a line for people, or one JSON object for CI.

use std::fmt::Write as _;

use super::json::{self, CheckJson};
use super::table::{self, Column, Fit};
use super::{CheckFormat, Look};
use crate::content::{Checked, Problem, Severity};
use crate::error::{Result, plural_s};

/// The problems of a checked content folder, and how many of each severity.
pub struct Summary<'a> {
    /// Every problem, by file, line and column.
    pub problems: &'a [Problem],
    /// How many are errors.
    pub errors: usize,
    /// How many are warnings.
    pub warnings: usize,
}

impl<'a> Summary<'a> {
    /// Counts the problems of `checked`.
    pub fn new(checked: &'a Checked) -> Self {
        let problems = match &checked.result {
            Ok(loaded) => loaded.warnings.as_slice(),
            Err(problems) => problems.as_slice(),
        };
        let errors = problems.iter().filter(|p| p.severity == Severity::Error).count();
        Summary { problems, errors, warnings: problems.len() - errors }
    }

    /// "checked N files in DIR: E errors, W warnings", for stderr.
    pub fn line(&self, checked: &Checked) -> String {
        let place = if checked.bundled {
            "the bundled content".to_owned()
        } else {
            // `dir/` as `dir`; the root (`/`, `//`) as `/`.
            let trimmed = checked.shown.trim_end_matches('/');
            if trimmed.is_empty() { checked.shown.get(..1).unwrap_or("").to_owned() } else { trimmed.to_owned() }
        };
        format!(
            "checked {} file{} in {place}: {} error{}, {} warning{}",
            checked.files,
            plural_s(checked.files),
            self.errors,
            plural_s(self.errors),
            self.warnings,
            plural_s(self.warnings)
        )
    }
}

/// Renders the problems in `format`.
pub fn render(checked: &Checked, format: CheckFormat, look: Look) -> Result<String> {
    let summary = Summary::new(checked);
    match format {
        CheckFormat::Json => json::document(&CheckJson {
            content: &checked.shown,
            files: checked.files,
            errors: summary.errors,
            warnings: summary.warnings,
            problems: summary.problems,
        }),
        CheckFormat::Table => {
            let columns = [
                Column::key("LOCATION"),
                // The severity never gives way (without it, a warning reads
                // as an error): the message wraps, then the table becomes blocks.
                Column::new("SEVERITY", Fit::Kept, 0, usize::MAX, 1),
                Column::new("MESSAGE", Fit::Wrap, 20, usize::MAX, 0),
            ];
            let rows: Vec<Vec<String>> = summary
                .problems
                .iter()
                .map(|p| {
                    let message = match &p.hint {
                        Some(hint) => format!("{} (hint: {hint})", p.message),
                        None => p.message.clone(),
                    };
                    let severity = if p.severity == Severity::Error { "error" } else { "warning" };
                    vec![format!("{}:{}:{}", p.path, p.line, p.column), severity.to_owned(), message]
                })
                .collect();
            Ok(if rows.is_empty() { String::new() } else { table::render(&columns, &rows, look.width, look.color) })
        }
        CheckFormat::Plain => {
            // Paths and messages quote content: one clean line each.
            let mut out = String::new();
            for p in summary.problems {
                let _ = writeln!(out, "{}", crate::sanitize::clean_line(&p.to_string()));
            }
            Ok(out)
        }
    }
}
