//! Problems found while loading content, located by file, line and column.

use std::fmt;

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The content cannot be used.
    Error,
    /// The content loads, but something is probably a mistake (an unknown field).
    Warning,
}

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
pub struct Problem {
    /// The file, as given to the loader (e.g. `content/projects/blitz.md`).
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
    /// How to fix it, where a hint helps.
    pub hint: Option<String>,
}

impl Problem {
    /// An error at a position.
    pub fn error(path: &str, (line, column): (usize, usize), message: impl Into<String>) -> Self {
        Problem { path: path.to_owned(), line, column, severity: Severity::Error, message: message.into(), hint: None }
    }

    /// A warning at a position.
    pub fn warning(path: &str, at: (usize, usize), message: impl Into<String>) -> Self {
        Problem { severity: Severity::Warning, ..Problem::error(path, at, message) }
    }

    /// Replaces `from` with `to` at the start of the message.
    #[must_use]
    pub fn renamed(mut self, from: &str, to: &str) -> Self {
        if let Some(rest) = self.message.strip_prefix(from) {
            self.message = format!("{to}{rest}");
        }
        self
    }

    /// Adds a hint.
    #[must_use]
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "",
            Severity::Warning => "warning: ",
        };
        write!(f, "{}:{}:{}: {sev}{}", self.path, self.line, self.column, self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, " (hint: {hint})")?;
        }
        Ok(())
    }
}

/// The 1-based line and column of byte offset `at` in `text`.
pub fn position(text: &str, at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    let at = (0..=at).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_lines_and_char_columns() {
        assert_eq!(position("ab\ncé\nx", 0), (1, 1));
        assert_eq!(position("ab\ncé\nx", 3), (2, 1));
        assert_eq!(position("ab\ncé\nx", 7), (3, 1));
        assert_eq!(position("ab\ncé\nx", 99), (3, 2));
        // Inside a multi-byte character: the column of that character.
        assert_eq!(position("é", 1), (1, 1));
    }

    #[test]
    fn display_is_path_line_column_message_hint() {
        let p = Problem::error("a.md", (3, 9), "unknown domain \"fin\"").with_hint("known: fintech");
        assert_eq!(p.to_string(), "a.md:3:9: unknown domain \"fin\" (hint: known: fintech)");
    }
}
