//! Drawing the browser into a ratatui frame: the layout (list beside the
//! preview, or above it under 60 columns, or alone when short), the filter
//! line, the virtual list (only the rows in view are made), the preview and
//! the reader (the text `show` prints, laid out once per width and kept), and
//! the status line. Drawing reads the state and writes back only what the
//! frame measured: page heights, how far panes can scroll, the list's first row.

use std::fmt::Write as _;
use std::rc::Rc;

use ratatui_core::buffer::Buffer;
use ratatui_core::layout::Rect;
use ratatui_core::style::Style;
use ratatui_core::terminal::Frame;
use ratatui_core::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::ansi;
use super::fit::{cut, padded, titled};
use super::list::{self, Columns, Last};
use super::state::{Browser, Doc, MAX_HITS, Mode, Rows, Screen, Scroll};
use super::theme::Theme;
use crate::cli::help::BROWSE_KEYS;
use crate::query::resume::Resume;
use crate::query::section::PATH_SEPARATOR;
use crate::render::{Look, markdown, resume, show};

/// Under this many columns, the preview goes below the list.
pub const NARROW: u16 = 60;
/// Below the list, the preview needs this many rows of body, else it hides.
const STACK_MIN_ROWS: u16 = 14;
/// How many laid-out documents are kept.
const CACHE: usize = 8;

/// Where each part of the list screen goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panes {
    /// The filter line.
    pub filter: Rect,
    /// The list.
    pub list: Rect,
    /// The rule between list and preview (a column or a row).
    pub rule: Option<Rect>,
    /// The preview.
    pub preview: Option<Rect>,
    /// The status line.
    pub status: Option<Rect>,
}

/// The panes for a screen of `area`.
pub fn panes(area: Rect) -> Panes {
    let row = |y: u16, height: u16| Rect::new(area.x, y, area.width, height);
    let filter = row(area.y, area.height.min(1));
    let status = (area.height >= 3).then(|| row(area.bottom() - 1, 1));
    let body_top = area.y + filter.height;
    let body = row(body_top, area.height.saturating_sub(filter.height + status.map_or(0, |s| s.height)));
    if area.width >= NARROW {
        let list_w = (area.width / 2).max(30);
        let list = Rect { width: list_w, ..body };
        let rule = Rect { x: body.x + list_w, width: 1, ..body };
        let preview = Rect { x: rule.x + 1, width: area.width - list_w - 1, ..body };
        Panes { filter, list, rule: Some(rule), preview: Some(preview), status }
    } else if body.height >= STACK_MIN_ROWS {
        let list_h = (body.height * 2 / 5).max(5);
        let list = Rect { height: list_h, ..body };
        let rule = Rect { y: body.y + list_h, height: 1, ..body };
        let preview = Rect { y: rule.y + 1, height: body.height - list_h - 1, ..body };
        Panes { filter, list, rule: Some(rule), preview: Some(preview), status }
    } else {
        Panes { filter, list: body, rule: None, preview: None, status }
    }
}

/// A laid-out document: which, at what width and colour.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Key {
    doc: String,
    width: u16,
    color: bool,
}

/// Documents laid out, most recent last, so that scrolling redraws without
/// rendering Markdown again.
#[derive(Debug, Default)]
pub struct View {
    cache: Vec<(Key, Rc<[Line<'static>]>)>,
}

impl View {
    /// Draws the browser's current screen into `frame`, the rows worked out
    /// for the filter line first.
    pub fn draw(&mut self, b: &mut Browser<'_>, frame: &mut Frame<'_>) {
        let area = frame.area();
        self.draw_in(b, frame, area);
    }

    /// [`View::draw`] into `area` of `frame` only (the whole frame on a
    /// terminal; a part of it in tests, which check that nothing is drawn
    /// outside it).
    pub fn draw_in(&mut self, b: &mut Browser<'_>, frame: &mut Frame<'_>, area: Rect) {
        b.settle();
        self.as_is_in(b, frame, area);
    }

    /// Draws the screen with the rows as they are: stale after a key whose
    /// work is slow (a search), so that the key shows at once, with
    /// "searching…" where the count goes.
    pub fn draw_as_is(&mut self, b: &mut Browser<'_>, frame: &mut Frame<'_>) {
        let area = frame.area();
        self.as_is_in(b, frame, area);
    }

    /// [`View::draw_as_is`] into `area` of `frame`.
    fn as_is_in(&mut self, b: &mut Browser<'_>, frame: &mut Frame<'_>, area: Rect) {
        if area.is_empty() {
            return;
        }
        if let Screen::Reader(_) = b.screen {
            self.reader(b, area, frame.buffer_mut());
            return;
        }
        let panes = panes(area);
        let theme = Theme { color: b.color };
        if let Some(cursor) = filter_line(b, panes.filter, frame.buffer_mut(), theme) {
            frame.set_cursor_position(cursor);
        }
        let buf = frame.buffer_mut();
        rows(b, panes.list, buf, theme);
        if let Some(rule) = panes.rule {
            let line = if rule.width == 1 { "│" } else { "─" };
            for y in rule.top()..rule.bottom() {
                buf.set_stringn(rule.x, y, line.repeat(usize::from(rule.width)), usize::from(rule.width), theme.dim());
            }
        }
        if let Some(preview) = panes.preview {
            self.preview(b, preview, buf);
        }
        if let Some(status) = panes.status {
            status_line(b, status, buf, theme, list_hints(b.mode, b.input.is_empty()));
        }
    }

    /// The lines of `doc` laid out at `width`, from the cache when there.
    fn laid_out(&mut self, b: &Browser<'_>, doc: Doc<'_>, width: u16) -> Rc<[Line<'static>]> {
        let key = Key { doc: doc_key(doc), width, color: b.color };
        if let Some(at) = self.cache.iter().position(|(k, _)| *k == key) {
            let entry = self.cache.remove(at);
            let lines = Rc::clone(&entry.1);
            self.cache.push(entry);
            return lines;
        }
        let look = Look { color: b.color, width: usize::from(width) };
        let text = match doc {
            Doc::Item(item) => show::text(item, look),
            Doc::Resume => resume::text::render(&Resume::new(b.corpus, None), false, look, b.dryga()),
            Doc::Keys => markdown::render(&keys_markdown(), look.width, look.color),
        };
        let lines: Rc<[Line<'static>]> = ansi::folded(ansi::lines(&text), usize::from(width)).into();
        if self.cache.len() >= CACHE {
            self.cache.remove(0);
        }
        self.cache.push((key, Rc::clone(&lines)));
        lines
    }

    /// The preview of the selected item, one column in from the rule.
    fn preview(&mut self, b: &mut Browser<'_>, area: Rect, buf: &mut Buffer) {
        let Some(item) = b.rows.item(b.selected, b.corpus) else { return };
        let inner = Rect { x: area.x + 1, width: area.width.saturating_sub(2), ..area };
        if inner.is_empty() {
            return;
        }
        let lines = self.laid_out(b, Doc::Item(item), inner.width);
        let top = place(&mut b.preview, &lines, inner.height);
        for (y, line) in (inner.top()..inner.bottom()).zip(lines.iter().skip(top)) {
            buf.set_line(inner.x, y, line, inner.width);
        }
    }

    /// The reader: a title line, the document, and the status line.
    fn reader(&mut self, b: &mut Browser<'_>, area: Rect, buf: &mut Buffer) {
        let Screen::Reader(reader) = &b.screen else { return };
        let doc = reader.doc;
        let theme = Theme { color: b.color };
        let body = Rect {
            x: area.x + 1,
            y: area.y + 1,
            width: area.width.saturating_sub(2),
            height: area.height.saturating_sub(if area.height >= 3 { 2 } else { 1 }),
        };
        let lines = if body.width > 0 { self.laid_out(b, doc, body.width) } else { Rc::from([]) };
        let Screen::Reader(reader) = &mut b.screen else { return };
        let top = place(&mut reader.scroll, &lines, body.height);
        let shown = top + usize::from(body.height).min(lines.len().saturating_sub(top));
        let mut position =
            if lines.is_empty() { String::new() } else { format!("{}–{shown}/{} ", top + 1, lines.len()) };
        let width = usize::from(area.width);
        let title = match doc {
            // The slug too, whole (the title is cut first, then the place
            // in the text let go): what `y` copies and `dryga show` takes,
            // in view where the terminal copies nothing (no OSC 52).
            Doc::Item(item) => {
                let slug = crate::sanitize::clean_line(&item.slug);
                // A column apart from the place, and one at each end.
                if slug.width() + 2 > width.saturating_sub(position.width() + 1) {
                    position.clear();
                }
                let room = width.saturating_sub(position.width() + 3);
                titled(&crate::sanitize::clean_line(&item.title), &slug, room)
            }
            Doc::Resume => "Résumé".to_owned(),
            Doc::Keys => "Keys".to_owned(),
        };
        let room = width.saturating_sub(position.width() + 1);
        let mut header = vec![Span::raw(" ")];
        header.extend(padded(&title, room.saturating_sub(1), theme.prompt()));
        header.push(Span::styled(cut(&position, width.saturating_sub(1)), theme.dim()));
        buf.set_line(area.x, area.y, &Line::from(header), area.width);
        for (y, line) in (body.top()..body.bottom()).zip(lines.iter().skip(top)) {
            buf.set_line(body.x, y, line, body.width);
        }
        if area.height >= 3 {
            let status = Rect { y: area.bottom() - 1, height: 1, ..area };
            // Only an item has a slug to copy.
            let hints = if matches!(doc, Doc::Item(_)) { READER_HINTS } else { PAGE_HINTS };
            status_line(b, status, buf, theme, hints);
        }
    }
}

/// What identifies a document in the cache.
fn doc_key(doc: Doc<'_>) -> String {
    match doc {
        Doc::Item(item) => format!("item:{}", item.slug),
        Doc::Resume => ":resume".to_owned(),
        Doc::Keys => ":keys".to_owned(),
    }
}

/// The keys as Markdown, for the `?` screen.
fn keys_markdown() -> String {
    let mut md = String::new();
    for (keys, what) in BROWSE_KEYS {
        // Writing to a String cannot fail.
        let _ = writeln!(md, "- **{keys}**: {what}");
    }
    md
}

/// Works out where a pane of `height` rows over `lines` starts: at its
/// anchor's section if it has one (until scrolled by hand), else where it
/// was in the text (a resize wraps it into another number of lines: the
/// end stays the end, another line keeps its share of the text), within
/// what can be scrolled; notes the page height and how far it can go for
/// the keys. Returns the first line.
fn place(scroll: &mut Scroll, lines: &[Line<'_>], height: u16) -> usize {
    let height = usize::from(height);
    let max = lines.len().saturating_sub(height);
    // A pane with no room lays out no lines: where it was is kept for
    // when it has room again (a window shrunk to 1×1 and back sent the
    // reader to the top of a 240-line text).
    if lines.is_empty() || height == 0 {
        return scroll.top.min(max);
    }
    // Only a text laid out anew moves the pane (not every frame).
    if scroll.laid != lines.len() {
        let (top, laid, end) = scroll.mark;
        if let Some(at) = scroll.anchor.as_deref().and_then(|anchor| find_section(lines, anchor)) {
            scroll.top = at;
            scroll.mark = (at, lines.len(), false);
        } else if end {
            // The end stays the end (`G`, before the text was first laid out too).
            scroll.top = max;
        } else if laid != 0 {
            // Rounded. A mark is within its text: below 2^32 lines, no overflow in 64 bits.
            let (top, laid) = (top.min(laid) as u64, laid as u64);
            scroll.top = usize::try_from((top * lines.len() as u64 + laid / 2) / laid).unwrap_or(max);
        } else {
            scroll.mark = (scroll.top.min(max), lines.len(), false);
        }
        scroll.laid = lines.len();
    }
    scroll.page = height;
    scroll.max = max;
    scroll.top = scroll.top.min(scroll.max);
    scroll.top
}

/// The line where the heading at the end of `path` is shown: each heading of
/// the path in turn, after the one before it, so that of two `Linux`
/// sections the one under `Client` is found for `Client › Linux`; when
/// that fails (a heading wrapped on a narrow pane), the first line showing
/// the innermost heading.
fn find_section(lines: &[Line<'_>], path: &str) -> Option<usize> {
    let mut from = 0;
    let mut found = None;
    for heading in path.split(PATH_SEPARATOR) {
        found = lines.get(from..).and_then(|rest| find_heading(rest, heading)).map(|at| from + at);
        let Some(at) = found else { break };
        from = at + 1;
    }
    found.or_else(|| find_heading(lines, path.rsplit(PATH_SEPARATOR).next().unwrap_or(path)))
}

/// The first of `lines` that shows `heading` (or its first half, wrapped).
fn find_heading(lines: &[Line<'_>], heading: &str) -> Option<usize> {
    let heading = heading.trim();
    if heading.is_empty() {
        return None;
    }
    lines.iter().position(|line| {
        let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        let text = text.trim_start().trim_start_matches('▸').trim();
        !text.is_empty() && (text == heading || (heading.starts_with(text) && text.len() * 2 >= heading.len()))
    })
}

/// The filter line: the mode as a prompt, the text (scrolled so that the
/// cursor shows), and on the right how many rows matched. Returns where the
/// cursor goes.
fn filter_line(b: &mut Browser<'_>, area: Rect, buf: &mut Buffer, theme: Theme) -> Option<(u16, u16)> {
    if area.is_empty() {
        return None;
    }
    let width = usize::from(area.width);
    let prompt = if b.mode == Mode::Fuzzy { " filter › " } else { " search › " };
    let count = match &b.rows {
        _ if b.is_stale() && b.mode == Mode::Search => " searching… ".to_owned(),
        _ if b.is_stale() => " filtering… ".to_owned(),
        Rows::Hits(hits) if hits.len() >= MAX_HITS => format!(" {MAX_HITS}+ hits "),
        Rows::Hits(hits) => format!(" {} hit{} ", hits.len(), if hits.len() == 1 { "" } else { "s" }),
        rows @ Rows::Items(_) => format!(" {}/{} ", rows.len(), b.corpus.items.len()),
    };
    let count = if prompt.width() + count.width() + 8 <= width { count } else { String::new() };
    let room = width.saturating_sub(prompt.width() + count.width());
    let text = b.input.text();
    let cursor = b.input.cursor_column();
    // Scroll the text so that the cursor stays on the line.
    let skip_cols = (cursor + 1).saturating_sub(room);
    let mut skipped = 0;
    let shown: String = text
        .chars()
        .skip_while(|c| {
            let w = unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0);
            if skipped < skip_cols {
                skipped += w;
                true
            } else {
                false
            }
        })
        .collect();
    let mut spans = padded(prompt, prompt.width().min(width), theme.prompt());
    spans.extend(padded(&shown, room, Style::new()));
    spans.push(Span::styled(count, theme.dim()));
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
    let x = (prompt.width() + cursor).saturating_sub(skipped);
    (x < width).then(|| (area.x + u16::try_from(x).unwrap_or(0), area.y))
}

/// The rows of the list in view, the selection kept in view.
fn rows(b: &mut Browser<'_>, area: Rect, buf: &mut Buffer, theme: Theme) {
    if area.is_empty() {
        return;
    }
    let per = if matches!(b.rows, Rows::Hits(_)) { 2 } else { 1 };
    let fit = (usize::from(area.height) / per).max(1);
    b.list_page = fit;
    if b.selected < b.list_top {
        b.list_top = b.selected;
    } else if b.selected >= b.list_top + fit {
        b.list_top = b.selected + 1 - fit;
    }
    if b.rows.is_empty() {
        let line = Line::styled(cut("  nothing matches", usize::from(area.width)), theme.dim());
        buf.set_line(area.x, area.y, &line, area.width);
        return;
    }
    let (widest_title, widest_domain) =
        list::widest((b.list_top..b.list_top + fit).filter_map(|i| b.rows.item(i, b.corpus)));
    let cols = Columns::new(usize::from(area.width), widest_title, widest_domain);
    let mut y = area.y;
    for i in b.list_top..(b.list_top + fit).min(b.rows.len()) {
        let selected = i == b.selected;
        let Some(item) = b.rows.item(i, b.corpus) else { break };
        let lines = match &b.rows {
            Rows::Items(items) => {
                let Some(scored) = items.get(i) else { break };
                let marks = b.fuzzy.highlights(&b.index, scored.item, item.tags.len());
                vec![list::item_row(item, &marks.title, Last::Tags(&marks.tags), cols, theme, selected)]
            }
            Rows::Hits(hits) => {
                let Some(hit) = hits.get(i) else { break };
                let section = b.rows.section(i);
                let last = section.map_or(Last::Tags(&[]), Last::Section);
                let title = list::title_marks(hit);
                vec![
                    list::item_row(item, &title, last, cols, theme, selected),
                    list::snippet_row(hit, usize::from(area.width), theme, selected),
                ]
            }
        };
        for line in lines {
            if y < area.bottom() {
                buf.set_line(area.x, y, &line, area.width);
                y += 1;
            }
        }
    }
}

/// Hints for the list screen's status line, in full and short for narrow
/// screens: what Esc does, and the letter commands only where a letter is
/// one (in the filter, while it is empty; elsewhere a letter is text).
fn list_hints(mode: Mode, empty: bool) -> [&'static str; 2] {
    match (mode, empty) {
        (Mode::Fuzzy, true) => [
            "↑↓ move · Enter read · Tab search · PgUp/PgDn preview · y copy · r résumé · ? keys · Esc quit",
            "Enter read · Tab search · ? keys · Esc quit",
        ],
        (Mode::Fuzzy, false) => [
            "↑↓ move · Enter read · Tab search · PgUp/PgDn preview · Ctrl-Y copy · Esc clear",
            "Enter read · Tab search · Esc clear",
        ],
        // An empty search shows its notice ("type words…") instead.
        (Mode::Search, _) => [
            "↑↓ move · Enter read · Tab filter · PgUp/PgDn preview · Ctrl-Y copy · Esc clear",
            "Enter read · Tab filter · Esc clear",
        ],
    }
}

/// Hints for the reader's status line: in full, and short.
const READER_HINTS: [&str; 2] =
    ["↑↓ scroll · Space/PgDn page · g/G top/end · y copy · Esc back", "↑↓ Space g G scroll · Esc back"];

/// Hints for the reader's status line over the résumé and the keys, which
/// have nothing to copy.
const PAGE_HINTS: [&str; 2] =
    ["↑↓ scroll · Space/PgDn page · g/G top/end · Esc back", "↑↓ Space g G scroll · Esc back"];

/// The status line: the last key's message or, on the list, the filter's,
/// else the hints (the short ones when the full ones do not fit). A
/// reader's has its own hints, not the list's notice (an empty search's
/// "type words" over the résumé, where typing does nothing).
fn status_line(b: &Browser<'_>, area: Rect, buf: &mut Buffer, theme: Theme, [long, short]: [&str; 2]) {
    let hints = if long.width() < usize::from(area.width) { long } else { short };
    let notice = b.notice.as_ref().filter(|_| matches!(b.screen(), Screen::List));
    // The fields, not `message()`: that would work stale rows out first.
    let (text, style) = match b.flash.as_ref().or(notice) {
        Some(notice) if notice.error => (notice.text.clone(), theme.error()),
        Some(notice) => (notice.text.clone(), Style::new()),
        None => (hints.to_owned(), theme.dim()),
    };
    let line = Line::from(padded(&format!(" {text}"), usize::from(area.width), style));
    buf.set_line(area.x, area.y, &line, area.width);
}
