//! Rendering: turns items and results into the bytes of each output format.
//! Renderers write into a `String`; only `output` writes to stdout.

pub mod csv;
pub mod html;
pub mod json;
pub mod jsonresume;
pub mod listing;
pub mod markdown;
pub mod resume;
pub mod search;
pub mod show;
pub mod style;
pub mod table;
pub mod wrap;

/// How text output should look: colour on or off, and the width to fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    /// Whether to emit ANSI styles.
    pub color: bool,
    /// Columns to fit.
    pub width: usize,
}
