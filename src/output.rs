//! The edge: what the terminal is (colour, width) and writing results to stdout.

use std::io::{self, IsTerminal, Write};

use anstream::{AutoStream, ColorChoice};

use crate::cli::{ColorWhen, GlobalArgs};
use crate::render::Look;

/// The width used when stdout is not a terminal and `--width` is not given.
pub const DEFAULT_WIDTH: usize = 80;

/// What stdout is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Terminal {
    /// Colour and width to render with.
    pub look: Look,
    /// Whether stdout is a terminal (for default formats).
    pub is_tty: bool,
}

impl Terminal {
    /// Works out colour (anstream's rules: `--color`, `NO_COLOR`, `CLICOLOR`,
    /// `CLICOLOR_FORCE`, `TERM=dumb`) and width (`--width`, the terminal's, or 80).
    pub fn detect(global: &GlobalArgs) -> Self {
        let stdout = io::stdout();
        let is_tty = stdout.is_terminal();
        let choice = match global.color {
            ColorWhen::Auto => ColorChoice::Auto,
            ColorWhen::Always => ColorChoice::Always,
            ColorWhen::Never => ColorChoice::Never,
        };
        choice.write_global();
        let color = AutoStream::choice(&stdout) != ColorChoice::Never;
        let width = match global.width {
            Some(w) => usize::from(w),
            None if is_tty => terminal_size::terminal_size().map_or(DEFAULT_WIDTH, |(w, _)| usize::from(w.0)),
            None => DEFAULT_WIDTH,
        };
        Terminal { look: Look { color, width: width.max(20) }, is_tty }
    }
}

/// Writes `text` to stdout in one go and flushes it.
pub fn emit(text: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()
}
