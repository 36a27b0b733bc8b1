//! The palette: every style dryga prints with, named by what it marks.

use anstyle::{AnsiColor, Style};

/// A document title.
pub const TITLE: Style = AnsiColor::Magenta.on_default().bold();
/// A level-one heading.
pub const H1: Style = AnsiColor::Magenta.on_default().bold();
/// A level-two heading.
pub const H2: Style = AnsiColor::Cyan.on_default().bold();
/// Lower headings.
pub const H3: Style = AnsiColor::Blue.on_default().bold();
/// Rules under headings, separators, secondary text.
pub const DIM: Style = Style::new().dimmed();
/// Subtitles and quotes.
pub const ITALIC: Style = Style::new().italic();
/// Inline and block code.
pub const CODE: Style = AnsiColor::Yellow.on_default();
/// Link text.
pub const LINK: Style = AnsiColor::Blue.on_default().underline();
/// Table headers and strong text.
pub const BOLD: Style = Style::new().bold();
/// Tags.
pub const TAG: Style = AnsiColor::Cyan.on_default();
/// List bullets and numbers.
pub const BULLET: Style = AnsiColor::Magenta.on_default();
/// A search match.
pub const MATCH: Style = AnsiColor::Red.on_default().bold();
