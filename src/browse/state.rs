//! The browser's state and what each key does to it, with no terminal and no
//! I/O: [`Browser::key`] takes a key and returns what the edge must do (an
//! [`Effect`]); `draw` reads the state and writes back only what a frame
//! measures (page heights, how far a pane can scroll).

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::filter::{Facets, Fuzzy, Index, Parsed, Scored};
use super::input::Input;
use crate::content::{Corpus, Item};
use crate::query::search::{self, CaseMode, Field, Hit, Options};
use crate::sanitize::quote;

/// From this many items on, the fuzzy filter is slow enough (about 20 ms at
/// 100,000) to draw the key typed before filtering.
pub const SLOW_FILTER_ITEMS: usize = 20_000;

/// The most search hits kept: snippets are made for each, and nobody reads
/// past a few hundred.
pub const MAX_HITS: usize = 200;

/// What the filter line does with the words typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Fuzzy over title, slug and tags (nucleo).
    Fuzzy,
    /// Full-text search with the search engine (ranked hits with snippets).
    Search,
}

/// What the reader shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Doc<'a> {
    /// An item, as `show` renders it.
    Item(&'a Item),
    /// The résumé's one-screen text view.
    Resume,
    /// The keys.
    Keys,
}

/// A scrolled pane: the first line shown, and a section to scroll to once the
/// text is laid out (the section of a search hit).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scroll {
    /// The first line shown.
    pub top: usize,
    /// The furthest `top` can go, as the last frame measured it.
    pub max: usize,
    /// The rows a page has, as the last frame measured it.
    pub page: usize,
    /// The heading path to show at the top until the pane is scrolled by
    /// hand: found again when the text is laid out anew (a resize), so that
    /// a hit's section stays in view.
    pub anchor: Option<String>,
    /// How many lines the text had when last laid out (0: not yet): when a
    /// resize lays it out in another number, `top` is moved to the same
    /// place in the text, as `mark` says.
    pub laid: usize,
    /// Where the pane was put, by hand or by its anchor: the first line
    /// then, how many lines the text had (`laid` then), and whether that
    /// was the end. A resize works out `top` from it, not from the last
    /// resize's (rounded each time, a pane drifted a line a round trip, and
    /// lost its place in a window laid out in a few lines).
    pub mark: (usize, usize, bool),
}

impl Scroll {
    /// A pane at the top, to scroll to `anchor` once laid out.
    fn at(anchor: Option<String>) -> Self {
        Scroll { top: 0, max: usize::MAX, page: 10, anchor, laid: 0, mark: (0, 0, false) }
    }

    /// Scrolls by `lines` (negative: up), within what the last frame measured.
    pub fn by(&mut self, lines: isize) {
        self.anchor = None;
        self.top = self.top.saturating_add_signed(lines).min(self.max);
        self.mark = (self.top, self.laid, self.top > 0 && self.top >= self.max);
    }

    /// Scrolls to the end, which it stays at through a resize (also when
    /// asked before the text is first laid out).
    fn end(&mut self) {
        self.by(isize::MAX);
        // As `by` marks it, and before the first frame (nothing measured yet).
        self.mark.2 = self.top > 0;
    }

    /// Scrolls by `pages` pages of the last frame's height, less a line of context.
    fn pages(&mut self, pages: isize) {
        let page = isize::try_from(self.page.saturating_sub(1).max(1)).unwrap_or(1);
        self.by(pages.saturating_mul(page));
    }
}

/// The item being read in full, or the résumé, or the keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reader<'a> {
    /// What is shown.
    pub doc: Doc<'a>,
    /// How far it is scrolled.
    pub scroll: Scroll,
}

/// Which screen is up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen<'a> {
    /// The filter line, the list and the preview.
    List,
    /// One document in full.
    Reader(Reader<'a>),
}

/// What the edge must do after a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Nothing beyond drawing the new state.
    None,
    /// Leave the browser.
    Quit,
    /// Put this text on the clipboard (OSC 52).
    Copy(String),
    /// Suspend the process (Ctrl-Z), as a shell job.
    Suspend,
}

/// A line for the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// The message.
    pub text: String,
    /// Whether it reports a problem.
    pub error: bool,
}

impl Notice {
    fn info(text: impl Into<String>) -> Self {
        Notice { text: text.into(), error: false }
    }

    fn error(text: impl Into<String>) -> Self {
        Notice { text: text.into(), error: true }
    }
}

/// The list: items that passed the fuzzy filter, or search hits.
#[derive(Debug, Clone)]
pub enum Rows<'a> {
    /// Items by position in the corpus, best first.
    Items(Vec<Scored>),
    /// Search hits, best first.
    Hits(Vec<Hit<'a>>),
}

impl<'a> Rows<'a> {
    /// How many rows there are.
    pub fn len(&self) -> usize {
        match self {
            Rows::Items(items) => items.len(),
            Rows::Hits(hits) => hits.len(),
        }
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The item of row `i`.
    pub fn item(&self, i: usize, corpus: &'a Corpus) -> Option<&'a Item> {
        match self {
            Rows::Items(items) => items.get(i).and_then(|s| corpus.items.get(s.item)),
            Rows::Hits(hits) => hits.get(i).map(|h| h.item),
        }
    }

    /// The section of the body that row `i`'s hit comes from, if any.
    pub fn section(&self, i: usize) -> Option<&str> {
        let Rows::Hits(hits) = self else { return None };
        let hit = hits.get(i)?;
        hit.snippets.iter().find(|s| s.field == Field::Body).and_then(|s| s.section.as_deref())
    }
}

/// The whole state of the browser.
#[derive(Debug)]
pub struct Browser<'a> {
    pub(super) corpus: &'a Corpus,
    pub(super) index: Index,
    pub(super) fuzzy: Fuzzy,
    pub(super) input: Input,
    pub(super) mode: Mode,
    pub(super) rows: Rows<'a>,
    pub(super) selected: usize,
    /// The first row the list shows (the frame keeps the selection in view).
    pub(super) list_top: usize,
    /// Rows of the list the last frame showed.
    pub(super) list_page: usize,
    pub(super) preview: Scroll,
    pub(super) screen: Screen<'a>,
    /// What the last filtering said (a correction, no matches, an unknown facet).
    pub(super) notice: Option<Notice>,
    /// What the last key did, shown until the next key (copied, nothing to copy).
    pub(super) flash: Option<Notice>,
    /// Whether the rows must be worked out again before they are read.
    stale: bool,
    /// Whether to draw in colour (otherwise reversed video and bold).
    pub(super) color: bool,
    /// How the commands the résumé names begin ([`Browser::name_commands_as`]).
    dryga: String,
}

impl<'a> Browser<'a> {
    /// A browser over `corpus`, every item listed in the corpus order.
    pub fn new(corpus: &'a Corpus, color: bool) -> Self {
        let index = Index::new(&corpus.items);
        let mut browser = Browser {
            corpus,
            index,
            fuzzy: Fuzzy::default(),
            input: Input::default(),
            mode: Mode::Fuzzy,
            rows: Rows::Items(Vec::new()),
            selected: 0,
            list_top: 0,
            list_page: 10,
            preview: Scroll::at(None),
            screen: Screen::List,
            notice: None,
            flash: None,
            stale: true,
            color,
            dryga: "dryga".to_owned(),
        };
        browser.settle();
        browser
    }

    /// Begins the commands the résumé names with `dryga`: `dryga
    /// --content-dir DIR` over a folder, so that pasted they read it (a new
    /// browser's begin with `dryga`).
    pub fn name_commands_as(&mut self, dryga: &str) {
        dryga.clone_into(&mut self.dryga);
    }

    /// How the commands the résumé names begin.
    pub(super) fn dryga(&self) -> &str {
        &self.dryga
    }

    /// The filter line's text.
    pub fn filter(&self) -> &str {
        self.input.text()
    }

    /// The filter mode.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// The screen that is up.
    pub fn screen(&self) -> &Screen<'a> {
        &self.screen
    }

    /// The rows of the list, worked out for the current filter.
    pub fn rows(&mut self) -> &Rows<'a> {
        self.settle();
        &self.rows
    }

    /// The position of the selected row.
    pub fn selected(&mut self) -> usize {
        self.settle();
        self.selected
    }

    /// The selected item.
    pub fn selected_item(&mut self) -> Option<&'a Item> {
        self.settle();
        self.rows.item(self.selected, self.corpus)
    }

    /// The status line's message, if any: the last key's, else the filter's.
    pub fn message(&mut self) -> Option<&Notice> {
        self.settle();
        self.flash.as_ref().or(self.notice.as_ref())
    }

    /// Whether the rows wait to be worked out again and that takes long
    /// enough to draw the key first: a search (tens of milliseconds over
    /// 10,000 items) or a fuzzy filter over a large corpus.
    pub fn slow_work_pending(&self) -> bool {
        self.stale && (self.mode == Mode::Search || self.corpus.items.len() >= SLOW_FILTER_ITEMS)
    }

    /// Whether the rows shown are those of an older filter line.
    pub fn is_stale(&self) -> bool {
        self.stale
    }

    /// Works the rows out for the current filter line, if they are stale.
    pub fn settle(&mut self) {
        if self.stale {
            self.refilter();
        }
    }

    /// How far the preview is scrolled.
    pub fn preview_top(&self) -> usize {
        self.preview.top
    }

    /// Types `text` into the filter line as text (`q`, `r`, `y` are letters
    /// here, not commands; a line break or a tab is a space): for a filter
    /// given on the command line, or pasted.
    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            let c = if c.is_whitespace() { ' ' } else { c };
            if self.input.insert(c) {
                self.stale = true;
            }
        }
    }

    /// Text pasted (bracketed paste): typed into the filter line as text on
    /// the list screen, never read as keys (a pasted `q` or line break is no
    /// command); ignored in the reader, which has no line to type into.
    pub fn paste(&mut self, text: &str) {
        self.flash = None;
        if matches!(self.screen, Screen::List) {
            self.type_text(text);
        }
    }

    /// Applies a key; returns what the edge must do.
    pub fn key(&mut self, key: KeyEvent) -> Effect {
        if key.kind == KeyEventKind::Release {
            return Effect::None;
        }
        self.flash = None;
        if key.modifiers.contains(KeyModifiers::CONTROL) {
            match key.code {
                KeyCode::Char('c') => return Effect::Quit,
                KeyCode::Char('z') => return Effect::Suspend,
                KeyCode::Char('y') => return self.copy(),
                _ => {}
            }
        }
        if matches!(self.screen, Screen::List) { self.list_key(key) } else { self.reader_key(key) }
    }

    /// A key on the list screen.
    fn list_key(&mut self, key: KeyEvent) -> Effect {
        if key.modifiers.contains(KeyModifiers::CONTROL) {
            self.list_ctrl(key.code);
            return Effect::None;
        }
        match key.code {
            KeyCode::Esc if self.input.is_empty() => return Effect::Quit,
            KeyCode::Esc => self.edit(Input::clear),
            KeyCode::Enter => self.open_selected(),
            KeyCode::Tab | KeyCode::BackTab => {
                self.mode = if self.mode == Mode::Fuzzy { Mode::Search } else { Mode::Fuzzy };
                self.stale = true;
            }
            KeyCode::Up => self.select_by(-1),
            KeyCode::Down => self.select_by(1),
            KeyCode::Home => self.select(0),
            KeyCode::End => self.select(usize::MAX),
            KeyCode::PageUp => self.preview.pages(-1),
            KeyCode::PageDown => self.preview.pages(1),
            KeyCode::Left => self.input.left(),
            KeyCode::Right => self.input.right(),
            KeyCode::Backspace => self.edit(Input::backspace),
            KeyCode::Delete => self.edit(Input::delete),
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::ALT) => return self.typed(c),
            _ => {}
        }
        Effect::None
    }

    /// A key with Ctrl on the list screen: readline's edits and moves.
    fn list_ctrl(&mut self, code: KeyCode) {
        let page = isize::try_from(self.list_page.max(1)).unwrap_or(1);
        match code {
            KeyCode::Char('u') => self.edit(Input::clear),
            KeyCode::Char('w') | KeyCode::Backspace => self.edit(Input::delete_word),
            KeyCode::Char('a') => self.input.home(),
            KeyCode::Char('e') => self.input.end(),
            KeyCode::Char('p') => self.select_by(-1),
            KeyCode::Char('n') => self.select_by(1),
            KeyCode::Char('b') => self.select_by(-page),
            KeyCode::Char('f') => self.select_by(page),
            _ => {}
        }
    }

    /// A character typed on the list screen: a command when the filter is
    /// empty and it is one (`q`, `r`, `y`, `?`), else part of the filter.
    /// In search, whose line asks for words, every character is text:
    /// `queue` typed there left the browser at its `q`, `rust` opened the
    /// résumé.
    fn typed(&mut self, c: char) -> Effect {
        if self.input.is_empty() && self.mode == Mode::Fuzzy {
            match c {
                'q' => return Effect::Quit,
                'r' => return self.open(Doc::Resume, None),
                '?' => return self.open(Doc::Keys, None),
                'y' => return self.copy(),
                _ => {}
            }
        }
        if self.input.insert(c) {
            self.stale = true;
        }
        Effect::None
    }

    /// Runs an edit of the filter line; the rows are worked out again if it changed anything.
    fn edit(&mut self, edit: fn(&mut Input) -> bool) {
        if edit(&mut self.input) {
            self.stale = true;
        }
    }

    /// A key on the reader screen: scrolling as in less, and back.
    fn reader_key(&mut self, key: KeyEvent) -> Effect {
        let Screen::Reader(reader) = &mut self.screen else { return Effect::None };
        let scroll = &mut reader.scroll;
        match key.code {
            KeyCode::Esc | KeyCode::Char('q') | KeyCode::Left | KeyCode::Backspace => self.screen = Screen::List,
            KeyCode::Up | KeyCode::Char('k') => scroll.by(-1),
            KeyCode::Down | KeyCode::Char('j') | KeyCode::Enter => scroll.by(1),
            KeyCode::PageUp | KeyCode::Char('b') => scroll.pages(-1),
            KeyCode::PageDown | KeyCode::Char(' ' | 'f') => scroll.pages(1),
            KeyCode::Home | KeyCode::Char('g') => scroll.by(isize::MIN),
            KeyCode::End | KeyCode::Char('G') => scroll.end(),
            KeyCode::Char('y') => return self.copy(),
            _ => {}
        }
        Effect::None
    }

    /// Opens `doc` in the reader, scrolled to `anchor` once laid out.
    fn open(&mut self, doc: Doc<'a>, anchor: Option<String>) -> Effect {
        self.screen = Screen::Reader(Reader { doc, scroll: Scroll::at(anchor) });
        Effect::None
    }

    /// Opens the selected item in the reader, at its hit's section in search mode.
    fn open_selected(&mut self) {
        self.settle();
        if let Some(item) = self.rows.item(self.selected, self.corpus) {
            let anchor = self.rows.section(self.selected).map(str::to_owned);
            self.open(Doc::Item(item), anchor);
        }
    }

    /// Copies the slug of the item in view (the reader's, else the selected one).
    fn copy(&mut self) -> Effect {
        self.settle();
        let item = match &self.screen {
            Screen::Reader(Reader { doc: Doc::Item(item), .. }) => Some(*item),
            Screen::Reader(_) => None,
            Screen::List => self.rows.item(self.selected, self.corpus),
        };
        let Some(item) = item else {
            self.flash = Some(Notice::error("nothing to copy here"));
            return Effect::None;
        };
        self.flash = Some(Notice::info(format!("copied {} to the clipboard (OSC 52)", item.slug)));
        Effect::Copy(item.slug.clone())
    }

    /// Moves the selection by `by` rows, within the list.
    fn select_by(&mut self, by: isize) {
        self.settle();
        self.select(self.selected.saturating_add_signed(by));
    }

    /// Selects row `i`, or the last row when `i` is past it.
    fn select(&mut self, i: usize) {
        self.settle();
        let i = i.min(self.rows.len().saturating_sub(1));
        if i != self.selected {
            self.selected = i;
            self.preview = Scroll::at(self.rows.section(i).map(str::to_owned));
        }
    }

    /// Works the rows out again for the filter line and the mode.
    fn refilter(&mut self) {
        self.stale = false;
        let parsed = Parsed::new(self.input.text());
        let facets = self.index.facets(&parsed);
        self.notice = None;
        self.rows = match self.mode {
            Mode::Fuzzy => {
                self.fuzzy.set(&parsed.words);
                Rows::Items(self.fuzzy.filter(&self.index, &self.corpus.items, &facets))
            }
            Mode::Search => self.search(&parsed, &facets),
        };
        if !facets.unknown.is_empty() {
            self.notice = Some(Notice::error(format!("no tag or domain starts with {}", facets.unknown.join(", "))));
        }
        self.selected = 0;
        self.list_top = 0;
        self.preview = Scroll::at(self.rows.section(0).map(str::to_owned));
    }

    /// Full-text search for `parsed`'s words among the items that pass `facets`.
    fn search(&mut self, parsed: &Parsed, facets: &Facets) -> Rows<'a> {
        let words = parsed.words.as_str();
        self.fuzzy.set("");
        let corpus = self.corpus;
        if words.is_empty() {
            self.notice = Some(Notice::info("search: type words to find in titles, tags, summaries and bodies"));
            let kept = corpus.items.iter().enumerate().filter(|(_, item)| facets.accepts(item));
            return Rows::Items(kept.map(|(item, _)| Scored { item, score: 0 }).collect());
        }
        let query = match search::parse_typed(words, CaseMode::Smart, false) {
            Ok(query) => query,
            // The CLI's `--regex` is not the browser's: what to do here instead.
            Err(crate::error::Error::QueryOperator { operator }) if crate::error::is_or(&operator) => {
                let said = format!("{}; search for one of them at a time", crate::error::NO_OR);
                self.notice = Some(Notice::error(said));
                return Rows::Hits(Vec::new());
            }
            // No shell to quote for: what to type, and short enough for one line.
            Err(crate::error::Error::QueryOperator { operator }) => {
                let said = format!(
                    "search cannot leave words out: to find {operator} as words, type {}",
                    crate::error::as_words(&operator)
                );
                self.notice = Some(Notice::error(said));
                return Rows::Hits(Vec::new());
            }
            Err(err) => {
                self.notice = Some(Notice::error(err.to_string()));
                return Rows::Hits(Vec::new());
            }
        };
        // Every item searched, the facets only narrowing the hits (a filter
        // never reorders them: BM25's statistics are every item's).
        let items: Vec<&'a Item> = corpus.items.iter().collect();
        let options = Options { limit: Some(MAX_HITS), ..Options::default() };
        let outcome = search::search_forgiving_within(&items, &|item| facets.accepts(item), &query, options);
        if let Some(corrected) = &outcome.corrected {
            self.notice = Some(Notice::info(format!("no exact match; showing results for {}", quote(corrected))));
        } else if outcome.hits.is_empty() {
            let mut hint = outcome.hint();
            if hint.is_empty() && parsed.has_facets() {
                hint = left_out(&items, &query, parsed);
            }
            if hint.is_empty() && parsed.domains.is_empty() {
                hint = self.domain_named(&items, parsed);
            }
            self.notice = Some(Notice::error(format!("no matches for {}{hint}", quote(words))));
        }
        Rows::Hits(outcome.hits)
    }
}

impl Browser<'_> {
    /// When the words that found nothing name a domain (`adtech`, `fintech
    /// payments`) and its facet finds something, the line to type instead,
    /// as `dryga search` offers `--domain`: `; FinTech is a domain: payments
    /// @fintech`. Empty otherwise.
    fn domain_named(&self, items: &[&Item], parsed: &Parsed) -> String {
        let Some((domain, rest)) = crate::query::filter::domain_named(&parsed.words) else { return String::new() };
        let tags = parsed.tags.iter().map(|t| format!("#{t}"));
        let line: Vec<String> = rest.into_iter().chain(tags).chain([format!("@{}", domain.slug)]).collect();
        let line = line.join(" ");
        let instead = Parsed::new(&line);
        let facets = self.index.facets(&instead);
        let finds = if instead.words.is_empty() {
            items.iter().any(|item| facets.accepts(item))
        } else {
            let Ok(query) = search::parse_typed(&instead.words, CaseMode::Smart, false) else { return String::new() };
            let one = Options { limit: Some(1), ..Options::default() };
            !search::search_forgiving_within(items, &|item| facets.accepts(item), &query, one).hits.is_empty()
        };
        if finds { format!("; {} is a domain: {line}", domain.label) } else { String::new() }
    }
}

/// When the facets left out every hit of `query`, as `search` says of its
/// filters: ` with #elixir: the facets leave out every item it matches`
/// (naming a typo's correction, which is what matches); else nothing.
fn left_out(items: &[&Item], query: &search::Query, parsed: &Parsed) -> String {
    let one = Options { limit: Some(1), ..Options::default() };
    let unfiltered = search::search_forgiving_within(items, &|_| true, query, one);
    if unfiltered.hits.is_empty() {
        return String::new();
    }
    let what = unfiltered.corrected.as_deref().map_or_else(|| "it".to_owned(), quote);
    let tags = parsed.tags.iter().map(|t| format!("#{t}"));
    let facets: Vec<String> = tags.chain(parsed.domains.iter().map(|d| format!("@{d}"))).collect();
    format!(" with {}: the facets leave out every item {what} matches", facets.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyEventState;

    fn corpus() -> Corpus {
        crate::content::load_bundled().map(|l| l.corpus).expect("bundled content loads")
    }

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn ctrl(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
    }

    /// Types `text` key by key; every effect must be None.
    fn type_keys(b: &mut Browser<'_>, text: &str) {
        for key in super::super::keys(text) {
            assert_eq!(b.key(key), Effect::None, "{key:?}");
        }
    }

    /// The notice after the filter line is cleared and `typed` is typed
    /// into it: its text, and whether it is an error (none: empty, false).
    fn notice_after(b: &mut Browser<'_>, typed: &str) -> (String, bool) {
        b.key(ctrl('u'));
        type_keys(b, typed);
        b.message().map(|n| (n.text.clone(), n.error)).unwrap_or_default()
    }

    fn slugs(b: &mut Browser<'_>) -> Vec<String> {
        let corpus = b.corpus;
        let rows = b.rows().clone();
        (0..rows.len()).filter_map(|i| rows.item(i, corpus)).map(|i| i.slug.clone()).collect()
    }

    #[test]
    fn opens_on_every_item_in_the_corpus_order() {
        let c = corpus();
        let mut b = Browser::new(&c, false);
        let all: Vec<String> = c.items.iter().map(|i| i.slug.clone()).collect();
        assert_eq!(slugs(&mut b), all);
        assert_eq!(b.selected_item().map(|i| i.slug.as_str()), Some("blitz"));
        assert_eq!(b.message(), None);
    }

    #[test]
    fn typing_filters_best_first_and_ctrl_u_clears() {
        let c = corpus();
        let mut b = Browser::new(&c, false);
        type_keys(&mut b, "sage");
        assert_eq!(b.filter(), "sage");
        assert_eq!(slugs(&mut b)[0], "sage");
        assert!(slugs(&mut b).len() < c.items.len());
        b.key(press(KeyCode::Backspace));
        assert_eq!(b.filter(), "sag");
        b.key(ctrl('u'));
        assert_eq!(b.filter(), "");
        assert_eq!(slugs(&mut b).len(), c.items.len());
    }

    #[test]
    fn q_r_y_and_question_mark_are_commands_only_on_an_empty_filter() {
        let c = corpus();
        let mut b = Browser::new(&c, false);
        type_keys(&mut b, "el");
        type_keys(&mut b, "qry?");
        assert_eq!(b.filter(), "elqry?");
        b.key(ctrl('u'));
        assert_eq!(b.key(press(KeyCode::Char('r'))), Effect::None);
        assert!(matches!(b.screen(), Screen::Reader(Reader { doc: Doc::Resume, .. })));
        b.key(press(KeyCode::Esc));
        b.key(press(KeyCode::Char('?')));
        assert!(matches!(b.screen(), Screen::Reader(Reader { doc: Doc::Keys, .. })));
        b.key(press(KeyCode::Char('q')));
        assert_eq!(b.screen(), &Screen::List);
        assert_eq!(b.key(press(KeyCode::Char('y'))), Effect::Copy("blitz".to_owned()));
        assert_eq!(b.message().map(|n| n.text.as_str()), Some("copied blitz to the clipboard (OSC 52)"));
        // The message lasts one key.
        b.key(press(KeyCode::Down));
        assert_eq!(b.message(), None);
        assert_eq!(b.key(press(KeyCode::Char('q'))), Effect::Quit);
        // A leading space lets a filter start with one of them.
        let mut b = Browser::new(&c, false);
        type_keys(&mut b, " redis");
        assert_eq!(b.filter(), " redis");
    }

    #[test]
    fn pasted_text_is_typed_as_text_never_as_commands() {
        let c = corpus();
        let mut b = Browser::new(&c, false);
        b.paste("queue\nredis\tyaml\r\n");
        assert_eq!(b.filter(), "queue redis yaml  ");
        assert_eq!(b.screen(), &Screen::List);
        // In the reader there is no line to type into.
        b.key(ctrl('u'));
        b.key(press(KeyCode::Enter));
        b.paste("q");
        assert!(matches!(b.screen(), Screen::Reader(_)));
        assert_eq!(b.filter(), "");
    }

    #[test]
    fn esc_clears_the_filter_then_leaves_and_ctrl_c_leaves_from_anywhere() {
        let c = corpus();
        let mut b = Browser::new(&c, false);
        type_keys(&mut b, "blitz");
        assert_eq!(b.key(press(KeyCode::Esc)), Effect::None);
        assert_eq!(b.filter(), "");
        assert_eq!(b.key(press(KeyCode::Esc)), Effect::Quit);
        b.key(press(KeyCode::Enter));
        assert!(matches!(b.screen(), Screen::Reader(_)));
        assert_eq!(b.key(ctrl('c')), Effect::Quit);
        assert_eq!(b.key(ctrl('z')), Effect::Suspend);
    }

    #[test]
    fn arrows_and_readline_keys_move_within_the_list() {
        let c = corpus();
        let mut b = Browser::new(&c, false);
        b.key(press(KeyCode::Up));
        assert_eq!(b.selected(), 0);
        b.key(press(KeyCode::Down));
        b.key(ctrl('n'));
        assert_eq!(b.selected(), 2);
        b.key(ctrl('p'));
        assert_eq!(b.selected(), 1);
        b.key(press(KeyCode::End));
        assert_eq!(b.selected(), c.items.len() - 1);
        b.key(press(KeyCode::Down));
        assert_eq!(b.selected(), c.items.len() - 1);
        b.key(press(KeyCode::Home));
        assert_eq!(b.selected(), 0);
        b.list_page = 10;
        b.key(ctrl('f'));
        assert_eq!(b.selected(), 10);
        b.key(ctrl('b'));
        assert_eq!(b.selected(), 0);
        // A key released (kitty's protocol reports those) does nothing.
        let release = KeyEvent { kind: KeyEventKind::Release, state: KeyEventState::NONE, ..press(KeyCode::Down) };
        b.key(release);
        assert_eq!(b.selected(), 0);
    }

    #[test]
    fn page_keys_scroll_the_preview_and_a_new_selection_starts_at_the_top() {
        let c = corpus();
        let mut b = Browser::new(&c, false);
        b.preview.page = 11;
        b.preview.max = 100;
        b.key(press(KeyCode::PageDown));
        b.key(press(KeyCode::PageDown));
        assert_eq!(b.preview_top(), 20);
        b.key(press(KeyCode::PageUp));
        assert_eq!(b.preview_top(), 10);
        b.preview.max = 12;
        b.key(press(KeyCode::PageDown));
        assert_eq!(b.preview_top(), 12);
        b.key(press(KeyCode::Down));
        assert_eq!(b.preview_top(), 0);
    }

    #[test]
    fn enter_reads_the_item_and_the_reader_scrolls_like_less() {
        let c = corpus();
        let mut b = Browser::new(&c, false);
        b.key(press(KeyCode::Enter));
        let scroll = |b: &Browser<'_>| match b.screen() {
            Screen::Reader(r) => r.scroll.top,
            Screen::List => panic!("not reading"),
        };
        if let Screen::Reader(r) = &mut b.screen {
            assert_eq!(r.doc, Doc::Item(&c.items[0]));
            (r.scroll.max, r.scroll.page) = (200, 21);
        }
        for (key, top) in [
            (press(KeyCode::Down), 1),
            (press(KeyCode::Char('j')), 2),
            (press(KeyCode::Char('k')), 1),
            (press(KeyCode::Char(' ')), 21),
            (press(KeyCode::PageDown), 41),
            (press(KeyCode::PageUp), 21),
            (press(KeyCode::Char('G')), 200),
            (press(KeyCode::Down), 200),
            (press(KeyCode::Char('g')), 0),
            (press(KeyCode::End), 200),
            (press(KeyCode::Home), 0),
        ] {
            b.key(key);
            assert_eq!(scroll(&b), top, "{key:?}");
        }
        assert_eq!(b.key(press(KeyCode::Char('y'))), Effect::Copy("blitz".to_owned()));
        b.key(press(KeyCode::Esc));
        assert_eq!(b.screen(), &Screen::List);
    }

    /// In search, whose line asks for words, a word's first letter is
    /// text, not the filter's command (`queue` left the browser, `rust`
    /// opened the résumé); Esc and Ctrl-C still leave.
    #[test]
    fn search_takes_every_letter_as_text() {
        let c = corpus();
        let mut b = Browser::new(&c, false);
        b.key(press(KeyCode::Tab));
        for (word, first) in [("queue", 'q'), ("rust", 'r'), ("yc", 'y'), ("?", '?')] {
            b.key(press(KeyCode::Char(first)));
            assert_eq!(b.screen(), &Screen::List, "{word}");
            assert_eq!(b.input.text(), first.to_string(), "{word}");
            b.key(press(KeyCode::Esc));
            assert!(b.input.is_empty(), "{word}");
        }
        type_keys(&mut b, "rust");
        let Rows::Hits(hits) = b.rows() else { panic!("search gives hits") };
        assert!(!hits.is_empty());
        b.key(press(KeyCode::Esc));
        assert_eq!(b.key(press(KeyCode::Esc)), Effect::Quit);
        // The filter keeps its commands.
        let mut b = Browser::new(&c, false);
        assert_eq!(b.key(press(KeyCode::Char('q'))), Effect::Quit);
    }

    #[test]
    fn tab_switches_to_full_text_search_and_back() {
        let c = corpus();
        let mut b = Browser::new(&c, false);
        type_keys(&mut b, "mimir");
        b.key(press(KeyCode::Tab));
        assert_eq!(b.mode(), Mode::Search);
        let Rows::Hits(hits) = b.rows() else { panic!("search gives hits") };
        assert_eq!(hits[0].item.slug, "blitz");
        let section = b.rows().section(0).map(str::to_owned);
        assert_eq!(section.as_deref(), Some("What Was Actually Broken › Monitoring Was Noisy and Expensive"));
        // The preview and the reader open at the hit's section.
        assert_eq!(b.preview.anchor, section);
        b.key(press(KeyCode::Enter));
        let Screen::Reader(reader) = b.screen() else { panic!("reading") };
        assert_eq!(reader.scroll.anchor, section);
        b.key(press(KeyCode::Esc));
        b.key(press(KeyCode::BackTab));
        assert_eq!(b.mode(), Mode::Fuzzy);
        assert!(matches!(b.rows(), Rows::Items(_)));
    }

    #[test]
    fn search_says_when_it_corrects_or_finds_nothing() {
        let c = corpus();
        let mut b = Browser::new(&c, false);
        b.key(press(KeyCode::Tab));
        assert!(b.message().is_some_and(|n| !n.error && n.text.starts_with("search: type words")));
        assert_eq!(b.rows().len(), c.items.len());
        type_keys(&mut b, "terrafrom");
        assert_eq!(b.message().map(|n| n.text.as_str()), Some("no exact match; showing results for \"terraform\""));
        b.key(ctrl('u'));
        type_keys(&mut b, "kube");
        assert_eq!(
            b.message().map(|n| (n.text.as_str(), n.error)),
            Some(("no matches for \"kube\"; try kube* (finds \"kubernetes\")", true))
        );
        assert!(b.rows().is_empty());
        b.key(ctrl('u'));
        type_keys(&mut b, "!!");
        assert!(b.message().is_some_and(|n| n.error && n.text.starts_with("nothing to search for")));
    }

    #[test]
    fn facets_narrow_both_modes() {
        let c = corpus();
        let mut b = Browser::new(&c, false);
        type_keys(&mut b, "#p2p-transfers @fintech");
        let wanted: Vec<String> = c
            .items
            .iter()
            .filter(|i| i.has_tag("p2p-transfers") && i.domain.as_deref() == Some("fintech"))
            .map(|i| i.slug.clone())
            .collect();
        assert!(wanted.len() >= 2);
        assert_eq!(slugs(&mut b), wanted);
        b.key(press(KeyCode::Tab));
        assert_eq!(slugs(&mut b), wanted);
        type_keys(&mut b, " mastercard");
        assert_eq!(slugs(&mut b), ["mastercard-moneysend"]);
        b.key(ctrl('u'));
        type_keys(&mut b, "#nosuch");
        assert!(b.message().is_some_and(|n| n.error && n.text.contains("#nosuch")));
    }

    /// Regression: a search whose every hit the facets left out said only
    /// "no matches for \"mnesia\"", as if nothing matched it; `search
    /// mnesia --tag elixir` says what left them out, and so does the browser.
    #[test]
    fn a_search_says_when_the_facets_leave_out_every_hit() {
        let c = corpus();
        let mut b = Browser::new(&c, false);
        b.key(press(KeyCode::Tab));
        for (typed, said) in [
            ("mnesia #elixir", "no matches for \"mnesia\" with #elixir: the facets leave out every item it matches"),
            (
                "mnesa @fintech #ecto",
                "no matches for \"mnesa\" with #ecto @fintech: the facets leave out every item \"mnesia\" matches",
            ),
            ("zzzqx #elixir", "no matches for \"zzzqx\""),
        ] {
            assert_eq!(notice_after(&mut b, typed), (said.to_owned(), true), "{typed}");
            assert!(b.rows().is_empty(), "{typed}");
        }
    }

    /// Words that name a domain are offered its facet, as `dryga search
    /// adtech` offers `--domain adtech`: the browser said only `no matches
    /// for "adtech"` (a review of the browser found it).
    #[test]
    fn a_search_naming_a_domain_is_offered_its_facet() {
        let c = corpus();
        let mut b = Browser::new(&c, false);
        b.key(press(KeyCode::Tab));
        for (typed, said) in [
            ("adtech", "no matches for \"adtech\"; AdTech is a domain: @adtech"),
            ("fintech transfers", "no matches for \"fintech transfers\"; FinTech is a domain: transfers @fintech"),
            (
                "developer tools sagas",
                "no matches for \"developer tools sagas\"; Developer tools is a domain: sagas @developer-tools",
            ),
            // Written apart, or by another name.
            ("ad tech", "no matches for \"ad tech\"; AdTech is a domain: @adtech"),
            ("health care", "no matches for \"health care\"; HealthTech is a domain: @healthtech"),
            // A technology's name, found nowhere as the name: said so, with
            // no flag the browser lacks.
            ("go", "no matches for \"go\" (read as the name Go)"),
            // Not when the facet finds nothing either, nor with a domain facet given.
            ("security payments", "no matches for \"security payments\""),
            ("adtech @fintech", "no matches for \"adtech\""),
        ] {
            assert_eq!(notice_after(&mut b, typed), (said.to_owned(), true), "{typed}");
        }
        // Not in a phrase: `"big fintech payments"` is one.
        let (said, _) = notice_after(&mut b, "\"big fintech payments\"");
        assert!(said.starts_with("no matches") && !said.contains("domain"), "{said}");
        // The line it offers finds something.
        b.key(ctrl('u'));
        type_keys(&mut b, "transfers @fintech");
        assert!(!b.rows().is_empty());
    }

    /// An operator is refused as the CLI refuses it, but OR's message names
    /// no `--regex`, which the browser does not have.
    #[test]
    fn an_or_is_refused_without_naming_a_flag_the_browser_lacks() {
        let c = corpus();
        let mut b = Browser::new(&c, false);
        b.key(press(KeyCode::Tab));
        for typed in ["cost OR latency", "cost|latency"] {
            let (said, _) = notice_after(&mut b, typed);
            assert!(said.starts_with("search has no OR"), "{said}");
            assert!(!said.contains("--regex"), "{said}");
        }
        // A word left out: what to type here (no shell to quote for), in
        // one line of 100 columns (the CLI's message was cut).
        for (typed, what) in
            [("payments -mobile", "-mobile as words, type \"-mobile\""), ("a NOT b", "NOT as words, type \"NOT\"")]
        {
            let (said, _) = notice_after(&mut b, typed);
            assert_eq!(said, format!("search cannot leave words out: to find {what}"), "{typed}");
            assert!(said.chars().count() < 99, "{said}");
        }
    }

    /// Facets narrow a full-text search and never reorder it: its hits are
    /// those of the search without them that pass, in the same order, with
    /// the same scores (the fintech projects alone rank `payments` otherwise).
    #[test]
    fn facets_narrow_a_search_without_reordering_it() {
        let c = corpus();
        let fintech = |slug: &str| c.items.iter().any(|i| i.slug == slug && i.domain.as_deref() == Some("fintech"));
        let ranked = |b: &mut Browser<'_>| {
            let Rows::Hits(hits) = b.rows() else { panic!("search gives hits") };
            hits.iter().map(|h| (h.item.slug.clone(), h.score)).collect::<Vec<_>>()
        };
        for q in ["payments", "transfers"] {
            let mut b = Browser::new(&c, false);
            b.key(press(KeyCode::Tab));
            type_keys(&mut b, q);
            let all = ranked(&mut b);
            let expected: Vec<(String, f64)> = all.into_iter().filter(|(slug, _)| fintech(slug)).collect();
            assert!(expected.len() >= 2, "{q}: {expected:?}");
            type_keys(&mut b, " @fintech");
            assert_eq!(ranked(&mut b), expected, "{q}");
        }
    }
}
