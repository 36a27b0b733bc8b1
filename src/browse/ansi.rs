//! Styled terminal text, as the renderers make it, turned into ratatui lines.
//!
//! The preview and the reader show exactly what `dryga show` and `dryga resume`
//! print: the same renderer, at the pane's width. Its text carries SGR
//! sequences made by anstyle from our palette (content is sanitised before it
//! is styled, so no other escape gets this far). They are parsed with
//! anstyle-parse, the parser anstream uses, into `anstyle::Style` values,
//! which ratatui converts; anything else a parser reports is dropped.

use anstyle::{Ansi256Color, AnsiColor, Color, Effects, RgbColor, Style};
use anstyle_parse::{Params, Parser, Perform};
use ratatui_core::text::{Line, Span};

/// Lines of `text` (one per `\n`) with their styles.
pub fn lines(text: &str) -> Vec<Line<'static>> {
    text.lines().map(line).collect()
}

/// `lines`, each wider than `width` columns folded onto lines of its own
/// that fit (a slug, a tag or a web address the renderer left whole, wider
/// than the pane: a pane clips what it cannot show, and the browser has no
/// sideways scroll; folded, the whole of it can be read).
pub fn folded(lines: Vec<Line<'static>>, width: usize) -> Vec<Line<'static>> {
    let width = width.max(1);
    if lines.iter().all(|l| l.width() <= width) {
        return lines;
    }
    let mut out = Vec::with_capacity(lines.len() + 1);
    for line in lines {
        if line.width() <= width {
            out.push(line);
            continue;
        }
        let mut current: Vec<Span<'static>> = Vec::new();
        let mut used = 0;
        for span in line.spans {
            let mut text = String::new();
            for ch in span.content.chars() {
                let w = unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0);
                if used + w > width && used > 0 {
                    if !text.is_empty() {
                        current.push(Span::styled(std::mem::take(&mut text), span.style));
                    }
                    out.push(Line::from(std::mem::take(&mut current)));
                    used = 0;
                }
                text.push(ch);
                used += w;
            }
            if !text.is_empty() {
                current.push(Span::styled(text, span.style));
            }
        }
        out.push(Line::from(current));
    }
    out
}

/// One line of styled text.
pub fn line(text: &str) -> Line<'static> {
    let mut parser = Parser::<anstyle_parse::DefaultCharAccumulator>::new();
    let mut spans = Spans::default();
    for byte in text.bytes() {
        parser.advance(&mut spans, byte);
    }
    spans.flush();
    Line::from(spans.done)
}

/// The spans of a line being parsed.
#[derive(Default)]
struct Spans {
    style: Style,
    text: String,
    done: Vec<Span<'static>>,
}

impl Spans {
    fn flush(&mut self) {
        if !self.text.is_empty() {
            let style = ratatui_core::style::Style::from(self.style);
            self.done.push(Span::styled(std::mem::take(&mut self.text), style));
        }
    }
}

impl Perform for Spans {
    fn print(&mut self, c: char) {
        self.text.push(c);
    }

    fn csi_dispatch(&mut self, params: &Params, intermediates: &[u8], ignore: bool, action: u8) {
        if action != b'm' || !intermediates.is_empty() || ignore {
            return;
        }
        self.flush();
        let params: Vec<&[u16]> = params.iter().collect();
        self.style = sgr(self.style, &params);
    }
}

/// `style` changed by the SGR parameters `params` (`ESC [ params m`).
fn sgr(mut style: Style, params: &[&[u16]]) -> Style {
    if params.is_empty() {
        return Style::new();
    }
    let mut rest = params;
    while let Some((param, tail)) = rest.split_first() {
        rest = tail;
        let code = param.first().copied().unwrap_or(0);
        let effect = match (code, param.get(1)) {
            (0, _) => {
                style = Style::new();
                continue;
            }
            (1, _) => Effects::BOLD,
            (2, _) => Effects::DIMMED,
            (3, _) => Effects::ITALIC,
            (4, Some(3)) => Effects::CURLY_UNDERLINE,
            (4, Some(4)) => Effects::DOTTED_UNDERLINE,
            (4, Some(5)) => Effects::DASHED_UNDERLINE,
            (4, _) => Effects::UNDERLINE,
            (21, _) => Effects::DOUBLE_UNDERLINE,
            (5, _) => Effects::BLINK,
            (7, _) => Effects::INVERT,
            (8, _) => Effects::HIDDEN,
            (9, _) => Effects::STRIKETHROUGH,
            (30..=37 | 90..=97, _) => {
                style = style.fg_color(ansi(code % 10, code >= 90));
                continue;
            }
            (40..=47 | 100..=107, _) => {
                style = style.bg_color(ansi(code % 10, code >= 100));
                continue;
            }
            (38 | 48 | 58, _) => {
                let color = extended(&mut rest);
                style = match code {
                    38 => style.fg_color(color),
                    48 => style.bg_color(color),
                    _ => style.underline_color(color),
                };
                continue;
            }
            (39, _) => {
                style = style.fg_color(None);
                continue;
            }
            (49, _) => {
                style = style.bg_color(None);
                continue;
            }
            (59, _) => {
                style = style.underline_color(None);
                continue;
            }
            _ => continue,
        };
        style = style.effects(style.get_effects() | effect);
    }
    style
}

/// The basic colour `n` (0–7), bright or not.
fn ansi(n: u16, bright: bool) -> Option<Color> {
    let colors = [
        AnsiColor::Black,
        AnsiColor::Red,
        AnsiColor::Green,
        AnsiColor::Yellow,
        AnsiColor::Blue,
        AnsiColor::Magenta,
        AnsiColor::Cyan,
        AnsiColor::White,
    ];
    let color = *colors.get(usize::from(n))?;
    Some(Color::Ansi(if bright { color.bright(true) } else { color }))
}

/// The colour after `38`, `48` or `58`: `5;n` (256 colours) or `2;r;g;b`,
/// taken from the front of `rest`.
fn extended(rest: &mut &[&[u16]]) -> Option<Color> {
    let mut next = || {
        let (first, tail) = rest.split_first()?;
        *rest = tail;
        first.first().and_then(|v| u8::try_from(*v).ok())
    };
    match next()? {
        5 => Some(Color::Ansi256(Ansi256Color(next()?))),
        2 => Some(Color::Rgb(RgbColor(next()?, next()?, next()?))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::style;

    /// A line wider than the pane is folded, its styles kept; the others
    /// are left as they are.
    #[test]
    fn lines_wider_than_the_pane_are_folded() {
        let url = "https://example.org/a/long/path";
        let text = format!("short\n{}{url}{}\n", style::DIM.render(), style::DIM.render_reset());
        let lines = folded(lines(&text), 12);
        let shown: Vec<String> = lines.iter().map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect()).collect();
        assert_eq!(shown, ["short", "https://exam", "ple.org/a/lo", "ng/path"]);
        assert!(lines[1..].iter().all(|l| l.spans.iter().all(|s| s.style == lines[1].spans[0].style)));
        assert!(lines.iter().all(|l| l.width() <= 12));
        // Wide characters are not split: a line of 3 two-column ones in 5 columns.
        let wide = folded(vec![Line::from("日本語")], 5);
        assert_eq!(wide.iter().map(Line::width).collect::<Vec<_>>(), [4, 2]);
    }

    /// Parses what anstyle writes for `s` around a word.
    fn round_trip(s: Style) -> Style {
        let painted = format!("{s}word{s:#}");
        let mut parser = Parser::<anstyle_parse::DefaultCharAccumulator>::new();
        let mut spans = Spans::default();
        let mut seen = None;
        for byte in painted.bytes() {
            parser.advance(&mut spans, byte);
            if spans.text == "w" && seen.is_none() {
                seen = Some(spans.style);
            }
        }
        seen.unwrap_or_default()
    }

    #[test]
    fn every_style_anstyle_writes_parses_back_to_itself() {
        let mut styles = vec![
            style::TITLE,
            style::H1,
            style::H2,
            style::H3,
            style::DIM,
            style::ITALIC,
            style::CODE,
            style::LINK,
            style::BOLD,
            style::TAG,
            style::BULLET,
            style::MATCH,
        ];
        let effects = [
            Effects::BOLD,
            Effects::DIMMED,
            Effects::ITALIC,
            Effects::UNDERLINE,
            Effects::DOUBLE_UNDERLINE,
            Effects::CURLY_UNDERLINE,
            Effects::DOTTED_UNDERLINE,
            Effects::DASHED_UNDERLINE,
            Effects::BLINK,
            Effects::INVERT,
            Effects::HIDDEN,
            Effects::STRIKETHROUGH,
        ];
        styles.extend(effects.iter().map(|e| Style::new().effects(*e)));
        for n in 0..8 {
            for bright in [false, true] {
                styles.push(Style::new().fg_color(ansi(n, bright)).bg_color(ansi(7 - n, !bright)));
            }
        }
        styles.push(Style::new().fg_color(Some(Color::Ansi256(Ansi256Color(208)))).bold());
        styles.push(Style::new().bg_color(Some(Color::Rgb(RgbColor(1, 2, 3)))).italic());
        styles.push(Style::new().underline_color(Some(Color::Ansi256(Ansi256Color(9)))).underline());
        for s in styles {
            assert_eq!(round_trip(s), s, "{s:?}");
        }
    }

    #[test]
    fn lines_keep_text_and_styles_and_drop_other_sequences() {
        let text = format!("plain {}bold{} end\u{1b}[2J\n{}x", style::BOLD, style::BOLD.render_reset(), style::TAG);
        let lines = lines(&text);
        assert_eq!(lines.len(), 2);
        let first: Vec<(&str, ratatui_core::style::Style)> =
            lines[0].spans.iter().map(|s| (s.content.as_ref(), s.style)).collect();
        let bold = ratatui_core::style::Style::from(style::BOLD);
        let plain = ratatui_core::style::Style::new();
        assert_eq!(first, [("plain ", plain), ("bold", bold), (" end", plain)]);
        assert_eq!(lines[1].spans[0].style, ratatui_core::style::Style::from(style::TAG));
    }
}
