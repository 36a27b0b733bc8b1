//! The browser's styles: in colour, the palette of `render::style` and a
//! grey bar under the selection; in monochrome (`NO_COLOR`, `--color never`,
//! `TERM=dumb`), no colour at all: the selection in reverse video, matches
//! bold and underlined.

use ratatui_core::style::{Color, Modifier, Style};

use crate::render::style;

/// How to draw: in colour or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Whether colours may be used.
    pub color: bool,
}

impl Theme {
    /// The selected row.
    pub fn selected(self) -> Style {
        if self.color {
            Style::new().bg(Color::DarkGray).add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        }
    }

    /// The bar at the left of the selected row.
    pub fn marker(self) -> Style {
        if self.color { Style::from(style::BULLET).add_modifier(Modifier::BOLD) } else { Style::new() }
    }

    /// Characters the filter or the search matched.
    pub fn matched(self) -> Style {
        if self.color {
            Style::from(style::MATCH)
        } else {
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        }
    }

    /// Secondary text: kind, domain, sections, hints.
    pub fn dim(self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }

    /// Tags.
    pub fn tag(self) -> Style {
        if self.color { Style::from(style::TAG) } else { Style::new() }
    }

    /// The prompt of the filter line and the title of the reader.
    pub fn prompt(self) -> Style {
        if self.color { Style::from(style::TITLE) } else { Style::new().add_modifier(Modifier::BOLD) }
    }

    /// A message about a problem.
    pub fn error(self) -> Style {
        if self.color {
            Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }
}
