//! The report of `check`: one problem a line for people, or one JSON object for CI.

use std::fmt::Write as _;

use super::CheckFormat;
use super::json::{self, CheckJson};
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
        format!(
            "checked {} file{} in {}: {} error{}, {} warning{}",
            checked.files,
            plural_s(checked.files),
            checked.shown,
            self.errors,
            plural_s(self.errors),
            self.warnings,
            plural_s(self.warnings)
        )
    }
}

/// Renders the problems in `format`.
pub fn render(checked: &Checked, format: CheckFormat) -> Result<String> {
    let summary = Summary::new(checked);
    match format {
        CheckFormat::Json => json::document(&CheckJson {
            content: &checked.shown,
            files: checked.files,
            errors: summary.errors,
            warnings: summary.warnings,
            problems: summary.problems,
        }),
        CheckFormat::Text => {
            // Paths and messages quote content: one clean line each.
            let mut out = String::new();
            for p in summary.problems {
                let _ = writeln!(out, "{}", crate::sanitize::clean_line(&p.to_string()));
            }
            Ok(out)
        }
    }
}
