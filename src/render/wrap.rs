//! Word wrapping of styled text: pieces of text with a style, wrapped to a width
//! with textwrap's first-fit algorithm, so styles never bleed across lines.

use std::borrow::Cow;
use std::fmt::Write as _;

use anstyle::Style;
use textwrap::core::Fragment;

/// A run of text in one style: its own, or borrowed from what it shows (a
/// search's snippets are cut into pieces where their matches are, not copied).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece<'a> {
    /// The text (already sanitized).
    pub text: Cow<'a, str>,
    /// How to show it on a colour terminal.
    pub style: Style,
}

impl<'a> Piece<'a> {
    /// A piece of text in a style.
    pub fn new(text: impl Into<Cow<'a, str>>, style: Style) -> Self {
        Piece { text: text.into(), style }
    }
}

/// A run of one piece's text: the piece, and the byte range in its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Seg {
    piece: usize,
    start: usize,
    end: usize,
}

/// One word: the runs between two spaces (indices into the runs), its width,
/// and whether a space follows. Words point into the pieces' text: wrapping
/// allocates nothing per word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Word {
    first: usize,
    last: usize,
    width: usize,
    space_after: bool,
}

impl Fragment for Word {
    fn width(&self) -> f64 {
        self.width as f64
    }
    fn whitespace_width(&self) -> f64 {
        if self.space_after { 1.0 } else { 0.0 }
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// The words of `pieces` (split at spaces and line breaks, several spaces
/// counting as one) and the runs they are made of, put in `segs` and
/// `words` (emptied first); a word wider than `max` columns is cut into
/// words that fit, but for a web address and a word with text of the
/// pieces from `whole_from` on, left whole on a line of its own as a slug
/// is ([`wrap_into_whole`]): broken in two, it cannot be copied.
fn words_into(pieces: &[Piece<'_>], (max, whole_from): (usize, usize), segs: &mut Vec<Seg>, words: &mut Vec<Word>) {
    split_into(pieces, segs, words);
    let max = max.max(1);
    if words.iter().all(|w| w.width <= max) {
        return;
    }
    let mut fitted = Vec::with_capacity(words.len());
    for &w in words.iter() {
        let whole = || segs[w.first..w.last].iter().any(|s| s.piece >= whole_from);
        if w.width <= max || whole() || is_address(pieces, segs, w) {
            fitted.push(w);
        } else {
            split_long(pieces, segs, w, max, &mut fitted);
        }
    }
    *words = fitted;
}

/// Whether `word` holds a web address (`://`): a link's target, which a
/// user copies whole.
fn is_address(pieces: &[Piece<'_>], segs: &[Seg], word: Word) -> bool {
    let text: String = segs[word.first..word.last].iter().map(|s| &pieces[s.piece].text[s.start..s.end]).collect();
    text.contains("://")
}

/// [`split_into`] new vectors.
#[cfg(test)]
fn split(pieces: &[Piece<'_>]) -> (Vec<Seg>, Vec<Word>) {
    let (mut segs, mut words) = (Vec::new(), Vec::new());
    split_into(pieces, &mut segs, &mut words);
    (segs, words)
}

/// The words of `pieces`, split at spaces and line breaks (several in a
/// row counting as one), and the runs they are made of, each word as wide
/// as its runs' columns, put in `segs` and `words` (emptied first).
fn split_into(pieces: &[Piece<'_>], segs: &mut Vec<Seg>, words: &mut Vec<Word>) {
    segs.clear();
    words.clear();
    // About one word in six bytes of English: room made once.
    let guess = pieces.iter().map(|p| p.text.len()).sum::<usize>() / 6 + 1;
    segs.reserve(guess);
    words.reserve(guess);
    let mut current: Option<Word> = None;
    for (p, piece) in pieces.iter().enumerate() {
        let text = &*piece.text;
        // Each run between spaces and line breaks, found in one pass over
        // the bytes that also says whether the run is printable ASCII (one
        // column a byte); a break ends the word being made.
        let mut start = 0;
        let mut plain = true;
        for (i, &b) in text.as_bytes().iter().enumerate() {
            if b == b' ' || b == b'\n' {
                add_run(segs, &mut current, p, (text, start, i), plain);
                end_word(words, &mut current);
                (start, plain) = (i + 1, true);
            } else {
                plain &= matches!(b, b' '..=b'~');
            }
        }
        add_run(segs, &mut current, p, (text, start, text.len()), plain);
    }
    words.extend(current);
}

/// Ends the word being made at a space or a line break: it is followed by
/// a space. With none (several breaks in a row), the word before keeps one.
fn end_word(words: &mut Vec<Word>, current: &mut Option<Word>) {
    match current.take() {
        Some(mut w) => {
            w.space_after = true;
            words.push(w);
        }
        None => {
            if let Some(prev) = words.last_mut() {
                prev.space_after = true;
            }
        }
    }
}

/// Adds the run `text[start..end]` of piece `p` (none when empty) to the
/// word being made (a new one when none is), `plain` when every byte of it
/// is printable ASCII: as wide as it is long, not measured again.
fn add_run(
    segs: &mut Vec<Seg>,
    current: &mut Option<Word>,
    p: usize,
    (text, start, end): (&str, usize, usize),
    plain: bool,
) {
    if start < end {
        segs.push(Seg { piece: p, start, end });
        let w = current.get_or_insert(Word { first: segs.len() - 1, last: 0, width: 0, space_after: false });
        w.last = segs.len();
        w.width += if plain { end - start } else { crate::columns::of(&text[start..end]) };
    }
}

/// Cuts a word wider than `max` columns into words that fit, adding their
/// runs; between characters a user sees (grapheme clusters), so that no
/// flag (🇺🇦) or skin tone (👍🏽) is split in two, but for a cluster wider
/// than `max` itself, which is cut between its code points (no line is
/// wider than the width).
fn split_long(pieces: &[Piece<'_>], segs: &mut Vec<Seg>, word: Word, max: usize, out: &mut Vec<Word>) {
    use unicode_segmentation::UnicodeSegmentation;
    let mut cur = Word { first: segs.len(), last: segs.len(), width: 0, space_after: false };
    for s in word.first..word.last {
        let Seg { piece, start, end } = segs[s];
        let mut run_start = start;
        // Each cluster whole, or each of its code points when it is too wide.
        let units = pieces[piece].text[start..end].graphemes(true).flat_map(|grapheme| {
            let cut = crate::columns::of(grapheme) > max;
            grapheme.split_inclusive(move |_| cut)
        });
        let mut next = 0;
        for unit in units {
            let i = next;
            next += unit.len();
            let w = crate::columns::of(unit);
            if cur.width + w > max && cur.width > 0 {
                if start + i > run_start {
                    segs.push(Seg { piece, start: run_start, end: start + i });
                }
                cur.last = segs.len();
                out.push(cur);
                cur = Word { first: segs.len(), last: segs.len(), width: 0, space_after: false };
                run_start = start + i;
            }
            cur.width += w;
        }
        if end > run_start {
            segs.push(Seg { piece, start: run_start, end });
        }
    }
    cur.last = segs.len();
    cur.space_after = word.space_after;
    out.push(cur);
}

/// Wraps `pieces` to `width` columns. The first line starts with `first`, the
/// others with `rest` (both already styled as the caller wants: their escape
/// sequences take no columns); each line fills what its own prefix leaves.
/// Returns lines without trailing newlines; an input with no words (empty,
/// or only spaces) gives one line, `first` alone.
pub fn wrap(pieces: &[Piece<'_>], width: usize, first: &str, rest: &str, color: bool) -> Vec<String> {
    wrap_lines(pieces, width, [first, rest], color, true)
}

/// [`wrap`], but a word too long for a line is not broken (as
/// [`wrap_into_whole`]): for words a user copies whole (tags).
pub fn wrap_whole(pieces: &[Piece<'_>], width: usize, first: &str, rest: &str, color: bool) -> Vec<String> {
    wrap_lines(pieces, width, [first, rest], color, false)
}

/// [`wrap`]'s lines, a word too long for a line broken when `cut`.
fn wrap_lines(pieces: &[Piece<'_>], width: usize, [first, rest]: [&str; 2], color: bool, cut: bool) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let whole_from = if cut { usize::MAX } else { 0 };
    wrap_with(&mut line, pieces, (width, width * 2, whole_from), [first, rest], color, |line, count| {
        lines.reserve_exact(count - lines.len());
        lines.push(std::mem::take(line));
    });
    lines
}

/// [`wrap`], each line appended to `out` and ended by a newline: no string a
/// line (a common word's thousands of hits are rendered this way).
pub fn wrap_into(out: &mut String, pieces: &[Piece<'_>], width: usize, first: &str, rest: &str, color: bool) {
    wrap_with(out, pieces, (width, 0, usize::MAX), [first, rest], color, |out, _| out.push('\n'));
}

/// [`wrap_into`], but a word too long for a line is not broken: it has a
/// line of its own, wider than `width`, as `ls` shows a file name longer
/// than the terminal. For text whose words a user copies whole (a slug,
/// which broken in two is no slug).
pub fn wrap_into_whole(out: &mut String, pieces: &[Piece<'_>], width: usize, first: &str, rest: &str, color: bool) {
    wrap_with(out, pieces, (width, 0, 0), [first, rest], color, |out, _| out.push('\n'));
}

/// [`wrap_into`], but the words of the pieces from `whole_from` on are not
/// broken ([`wrap_into_whole`]): a hit's title is broken where it must be
/// (a title in Chinese or Japanese has no space to wrap at), and its slug,
/// after it, is not.
pub fn wrap_into_whole_from(
    out: &mut String,
    pieces: &[Piece<'_>],
    whole_from: usize,
    (width, first, rest): (usize, &str, &str),
    color: bool,
) {
    wrap_with(out, pieces, (width, 0, whole_from), [first, rest], color, |out, _| out.push('\n'));
}

/// Wraps to `width` as [`wrap`] says, writing each line into `out` (grown
/// by `grow` bytes first: a line of its own is given room at once; a line
/// added to more text is not, which would leave room unused) and calling
/// `end` with `out` and the number of lines when the line is written. A
/// word too long for a line is broken, but for words with text of the
/// pieces from `whole_from` on, left whole.
fn wrap_with(
    out: &mut String,
    pieces: &[Piece<'_>],
    (width, grow, whole_from): (usize, usize, usize),
    [first, rest]: [&str; 2],
    color: bool,
    mut end: impl FnMut(&mut String, usize),
) {
    // Each line has the width its own prefix leaves (a first line with a
    // shorter prefix than the others is not cut short by theirs); a word too
    // long for a line is broken, and a character too wide narrowed, to fit
    // the narrower of the two.
    let [first_avail, rest_avail] =
        [first, rest].map(|p| width.saturating_sub(textwrap::core::display_width(p)).max(1));
    if (!color || pieces.iter().all(|p| p.style == Style::new()))
        && wrap_plain(out, pieces, (first_avail, rest_avail, grow), [first, rest], &mut end)
    {
        return;
    }
    wrap_words(out, pieces, (first_avail, rest_avail, grow, whole_from), [first, rest], color, end);
}

/// [`wrap_with`] a word at a time, for any text: its lines `first_avail`
/// and `rest_avail` columns wide after their prefixes, a word too long for
/// a line broken but for words with text of the pieces from `whole_from` on.
fn wrap_words(
    out: &mut String,
    pieces: &[Piece<'_>],
    (first_avail, rest_avail, grow, whole_from): (usize, usize, usize, usize),
    [first, rest]: [&str; 2],
    color: bool,
    mut end: impl FnMut(&mut String, usize),
) {
    let avail = first_avail.min(rest_avail);
    let narrowed: Vec<Piece<'_>>;
    let pieces = if avail < WIDEST && pieces.iter().any(|p| p.text.chars().any(|c| too_wide(c, avail))) {
        narrowed = pieces.iter().map(|p| Piece { text: narrow(&p.text, avail).into(), style: p.style }).collect();
        &narrowed
    } else {
        pieces
    };
    // The runs and words of the last wrap on this thread, emptied: a
    // common word's thousands of hits wrap a few texts each.
    let (mut segs, mut words) = SCRATCH.take();
    words_into(pieces, (avail, whole_from), &mut segs, &mut words);
    let (one, many);
    let lines: &[&[Word]] = if on_one_line(&words, first_avail) {
        one = [words.as_slice()];
        &one
    } else {
        many = textwrap::wrap_algorithms::wrap_first_fit(&words, &[first_avail as f64, rest_avail as f64]);
        &many
    };
    // The escape sequence of each style met, rendered once (not once a run).
    let mut codes: Vec<(Style, String)> = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        out.reserve(grow);
        out.push_str(if n == 0 { first } else { rest });
        // Runs of one style are painted together, across words.
        let mut open: Option<Style> = None;
        for (i, word) in line.iter().enumerate() {
            for seg in &segs[word.first..word.last] {
                let style = pieces[seg.piece].style;
                if color && open != Some(style) {
                    close(out, open.take());
                    if style != Style::new() {
                        out.push_str(code(&mut codes, style));
                        open = Some(style);
                    }
                }
                out.push_str(&pieces[seg.piece].text[seg.start..seg.end]);
            }
            if word.space_after && i + 1 < line.len() {
                close(out, open.take());
                out.push(' ');
            }
        }
        close(out, open);
        end(out, lines.len());
    }
    // Kept for texts of a few thousand words (a browser's session would
    // hold a long document's for good).
    if words.capacity() <= SCRATCH_WORDS {
        SCRATCH.set((segs, words));
    }
}

/// [`wrap_with`] for text shown as it is written (no colour, or no style
/// in it) when it is plain: printable ASCII and [`ONE_COLUMN`]'s
/// characters (a column each), its words one space apart, none wider than
/// a line. Such text wraps as first-fit wraps words (each line starts at a
/// word when the line so far, its spaces and the word are wider than the
/// line's width), and each line is one stretch of the text, written at
/// once: a common word's thousands of hits wrap a few such texts each,
/// which took a fifth of its warm search a word and a run at a time.
/// Returns false, having written nothing, for text that is not plain, or
/// has no words.
fn wrap_plain(
    out: &mut String,
    pieces: &[Piece<'_>],
    (first_avail, rest_avail, grow): (usize, usize, usize),
    [first, rest]: [&str; 2],
    end: &mut impl FnMut(&mut String, usize),
) -> bool {
    let (mut joined, mut lines, mut wide) = PLAIN.take();
    let text: &str = if let [one] = pieces {
        &one.text
    } else {
        joined.clear();
        for piece in pieces {
            joined.push_str(&piece.text);
        }
        &joined
    };
    let fits = plain_lines(text, [first_avail, rest_avail], (&mut lines, &mut wide));
    if fits {
        for (n, &[from, to]) in lines.iter().enumerate() {
            out.reserve(grow);
            out.push_str(if n == 0 { first } else { rest });
            out.push_str(&text[from..to]);
            end(out, lines.len());
        }
    }
    if joined.capacity() <= SCRATCH_WORDS {
        PLAIN.set((joined, lines, wide));
    }
    fits
}

/// The lines first-fit wrapping makes of plain `text` (see [`wrap_plain`])
/// in `[first, rest]` columns, as byte ranges, put in `lines` (emptied
/// first; `wide` is room for where its characters beyond ASCII are).
/// False when `text` is not plain or has no words.
///
/// Words one space apart wrap first-fit at the last space within a line's
/// columns: a line is as many words as fit whole. So each line is found
/// with a count of its characters and a search back for a space, not a
/// word at a time.
fn plain_lines(
    text: &str,
    [first, rest]: [usize; 2],
    (lines, wide): (&mut Vec<[usize; 2]>, &mut Vec<[usize; 2]>),
) -> bool {
    // The finder of two spaces, made once (making it is most of a short search).
    static TWO_SPACES: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"  "));
    lines.clear();
    wide.clear();
    let words = text.trim_start_matches(' ');
    let offset = text.len() - words.len();
    let text = words.trim_end_matches(' ');
    // Where each character beyond ASCII starts, and its bytes but one (a
    // snippet has one at each end, most texts none): columns are bytes less those.
    if text.is_empty() || !plain_characters(text.as_bytes(), wide) || TWO_SPACES.find(text.as_bytes()).is_some() {
        return false;
    }
    let text = text.as_bytes();
    let columns = |from: usize, to: usize| {
        to - from - wide.iter().filter(|&&[at, _]| from <= at && at < to).map(|&[_, extra]| extra).sum::<usize>()
    };
    // A word wider than the narrower width is cut by the word-at-a-time wrap.
    let widest = first.min(rest);
    if first != rest && columns(0, text.len()) > widest {
        let mut from = 0;
        for to in memchr::memchr_iter(b' ', text).chain([text.len()]) {
            if columns(from, to) > widest {
                return false;
            }
            from = to + 1;
        }
    }
    let mut start = 0;
    loop {
        let avail = if lines.is_empty() { first } else { rest };
        // A column a byte, and the rest of each character beyond ASCII
        // begun within them (in order: each may bring in the next).
        let mut end = start + avail;
        for &[at, extra] in wide.iter().filter(|&&[at, _]| at >= start) {
            if at >= end {
                break;
            }
            end += extra;
        }
        if end >= text.len() {
            lines.push([offset + start, offset + text.len()]);
            return true;
        }
        let cut = if text[end] == b' ' {
            end
        } else if let Some(space) = memchr::memrchr(b' ', &text[start..end]) {
            start + space
        } else {
            // A word wider than the line: cut by the word-at-a-time wrap.
            return false;
        };
        lines.push([offset + start, offset + cut]);
        start = cut + 1;
    }
}

/// The characters beyond ASCII that plain text may have: one column each,
/// and those dryga's own lines put in it (a snippet's cut ends, a section's
/// path, the kind and domain after a title).
const ONE_COLUMN: [char; 4] = ['…', '›', '§', '·'];

/// Whether `text` is printable ASCII and [`ONE_COLUMN`] characters alone;
/// where each of those starts, with its length less one, put in `wide`.
fn plain_characters(text: &[u8], wide: &mut Vec<[usize; 2]>) -> bool {
    let (control, beyond) = byte_kinds(text);
    if control || beyond == 0 {
        return !control;
    }
    // Each character that starts as one of ONE_COLUMN does ('…', '›': 0xE2;
    // '§', '·': 0xC2), found with SIMD: plain when they are all the bytes beyond ASCII.
    let mut theirs = 0;
    for at in memchr::memchr2_iter(0xE2, 0xC2, text) {
        if let Some(c) = ONE_COLUMN.iter().find(|c| text[at..].starts_with(c.encode_utf8(&mut [0; 4]).as_bytes())) {
            wide.push([at, c.len_utf8() - 1]);
            theirs += c.len_utf8();
        }
    }
    theirs == beyond
}

/// Whether `text` has a control character (below a space, or DEL), and how
/// many of its bytes are beyond ASCII: eight bytes at a time, in a word
/// (the compiler made a byte at a time of it, a tenth of a common word's
/// wrapping).
fn byte_kinds(text: &[u8]) -> (bool, usize) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut words = text.chunks_exact(8);
    let (mut control, mut beyond) = (false, 0);
    for word in &mut words {
        // Read as one load.
        let w = word.iter().rev().fold(0u64, |w, &b| w << 8 | u64::from(b));
        beyond += (w & HIGH).count_ones() as usize;
        // A byte below 0x20 borrows into its high bit, clear in it (the
        // lowest such byte always does; none does when there is none), and
        // so does a DEL made zero.
        let del = w ^ (ONES * 0x7f);
        control |= (w.wrapping_sub(ONES * 0x20) & !w | del.wrapping_sub(ONES) & !del) & HIGH != 0;
    }
    for &b in words.remainder() {
        control |= b < b' ' || b == 0x7f;
        beyond += usize::from(b >= 0x80);
    }
    (control, beyond)
}

/// The most words [`SCRATCH`] keeps room for.
const SCRATCH_WORDS: usize = 4096;

thread_local! {
    /// The vectors [`wrap_with`] splits a text into, kept for the next text
    /// (taken while in use: a wrap within a wrap would make its own).
    static SCRATCH: std::cell::Cell<(Vec<Seg>, Vec<Word>)> = const { std::cell::Cell::new((Vec::new(), Vec::new())) };
    /// The text of several pieces joined, the lines of it and where its
    /// characters beyond ASCII are, that [`wrap_plain`] makes, kept for the next text.
    #[allow(clippy::type_complexity)]
    static PLAIN: std::cell::Cell<(String, Vec<[usize; 2]>, Vec<[usize; 2]>)> =
        const { std::cell::Cell::new((String::new(), Vec::new(), Vec::new())) };
}

/// Whether first-fit wrapping puts all of `words` on one line of `avail`
/// columns: it starts a line at a word when the words before it on the line
/// (with their spaces) and the word itself are wider than that, and that
/// width only grows word by word, to the last one's.
fn on_one_line(words: &[Word], avail: usize) -> bool {
    match words.split_last() {
        Some((last, before @ [_, ..])) => {
            before.iter().map(|w| w.width + usize::from(w.space_after)).sum::<usize>() + last.width <= avail
        }
        _ => true,
    }
}

/// The widest a character is: U+17D8 (KHMER SIGN BEYYAL) takes three columns.
const WIDEST: usize = 3;

/// Whether `c` is wider than `width` columns: it cannot be shown whole on a line.
fn too_wide(c: char, width: usize) -> bool {
    unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) > width
}

/// `text` with each character wider than `width` columns as '…', which
/// stands for it on a terminal too narrow to show it.
fn narrow(text: &str, width: usize) -> String {
    text.chars().map(|c| if too_wide(c, width) { '…' } else { c }).collect()
}

/// Ends the open style, if any.
fn close(out: &mut String, open: Option<Style>) {
    if open.is_some_and(|style| style != Style::new()) {
        out.push_str(RESET);
    }
}

/// What ends every style (anstyle's `Reset`; a test checks they agree).
const RESET: &str = "\x1b[0m";

/// The escape sequence that starts `style`, from `codes` (rendered there
/// the first time a style is met).
fn code(codes: &mut Vec<(Style, String)>, style: Style) -> &str {
    let at = codes.iter().position(|(s, _)| *s == style).unwrap_or_else(|| {
        codes.push((style, style.render().to_string()));
        codes.len() - 1
    });
    &codes[at].1
}

/// Cuts `text` into pieces of at most `width` columns, keeping every space
/// (for code, where indentation matters). An empty text gives no pieces.
pub fn hard_wrap(text: &str, width: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut cols = 0;
    let width = width.max(1);
    for c in text.chars() {
        let c = if width < WIDEST && too_wide(c, width) { '…' } else { c };
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if cols + w > width && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
            cols = 0;
        }
        cur.push(c);
        cols += w;
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Appends `text` to `out`, in `style` when `color` is on.
pub fn paint(out: &mut String, style: Style, text: &str, color: bool) {
    if color && style != Style::new() {
        // Writing to a String cannot fail.
        let _ = write!(out, "{style}{text}{style:#}");
    } else {
        out.push_str(text);
    }
}

/// `text` in `style` when `color` is on.
pub fn painted(style: Style, text: &str, color: bool) -> String {
    let mut s = String::new();
    paint(&mut s, style, text, color);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A word of emoji with skin-tone modifiers takes 2 columns an emoji as
    /// a whole and 3 a character at a time: wrapped by the larger, no line
    /// is wider than the width on either kind of terminal.
    #[test]
    fn emoji_with_modifiers_wrap_within_the_width() {
        let text = "word 🕴\u{1f3fb}🕴\u{1f3fb}🕴\u{1f3fb}🕴\u{1f3fb} word 🕴\u{1f3fb}🕴\u{1f3fb}🕴\u{1f3fb} word word";
        for width in 10..40 {
            for line in wrap(&[Piece::new(text, Style::new())], width, "", "", false) {
                assert!(crate::columns::of(&line) <= width, "{width}: {line:?}");
            }
        }
    }

    /// The reset written by hand is anstyle's, and a style's code is its rendering.
    #[test]
    fn escape_codes_are_anstyle_s() {
        assert_eq!(RESET, anstyle::Reset.render().to_string());
        let bold = Style::new().bold();
        let mut codes = Vec::new();
        assert_eq!(code(&mut codes, bold), bold.render().to_string());
        assert_eq!(code(&mut codes, Style::new().italic()), Style::new().italic().render().to_string());
        assert_eq!(code(&mut codes, bold), bold.render().to_string());
        assert_eq!(codes.len(), 2);
    }

    fn plain(text: &str) -> Vec<Piece<'_>> {
        vec![Piece::new(text, Style::new())]
    }

    /// No words: one line, the first prefix alone (callers that want no
    /// line for an empty text check for it themselves).
    #[test]
    fn no_words_give_the_first_prefix_alone() {
        for text in ["", "   ", "\n"] {
            assert_eq!(wrap(&plain(text), 20, "• ", "  ", false), ["• "], "{text:?}");
            let mut out = "before\n".to_owned();
            wrap_into(&mut out, &plain(text), 20, "• ", "  ", true);
            assert_eq!(out, "before\n• \n", "{text:?}");
        }
    }

    proptest::proptest! {
        /// Wrapped into text already written, the lines are `wrap`'s, each
        /// ended by a line break, and what was there is left as it was.
        #[test]
        fn wrapped_into_text_is_wrap_s_lines(
            words in proptest::collection::vec(("[a-z]{0,12}", 0usize..3, proptest::bool::ANY), 0..12),
            spaces in "[ \n]{0,3}",
            width in 1usize..40,
            color in proptest::bool::ANY,
            before in "[a-z \n]{0,8}",
        ) {
            let pieces: Vec<Piece<'_>> = words
                .iter()
                .map(|(w, style, space)| {
                    let style = [Style::new(), Style::new().bold(), Style::new().italic()][*style];
                    Piece::new(format!("{w}{}", if *space { spaces.as_str() } else { "" }), style)
                })
                .collect();
            let first = if color { "\u{1b}[2m> \u{1b}[0m" } else { "> " };
            let mut out = before.clone();
            wrap_into(&mut out, &pieces, width, first, "  ", color);
            let mut expected = before.clone();
            for line in wrap(&pieces, width, first, "  ", color) {
                expected.push_str(&line);
                expected.push('\n');
            }
            proptest::prop_assert_eq!(out, expected);
        }
    }

    proptest::proptest! {
        /// Plain text is wrapped a line at a time as a word at a time:
        /// words of printable ASCII in pieces (some with two spaces or a
        /// line break after them, some longer than a line, which are
        /// wrapped a word at a time), in lines of any width.
        #[test]
        fn plain_text_wraps_as_a_word_at_a_time(
            words in proptest::collection::vec(
                (
                    "[a-z,.~…›§·é]{0,9}",
                    proptest::sample::select(vec![" ", " ", " ", " ", " ", " ", "  ", "\n"]),
                    proptest::bool::weighted(0.9),
                ),
                0..14,
            ),
            lead in "[ ]{0,2}",
            avail in (1usize..30, 1usize..30),
            grow in 0usize..3,
        ) {
            let mut pieces = vec![Piece::new(lead.as_str(), Style::new())];
            pieces.extend(words.iter().map(|(w, space, own)| {
                if *own { Piece::new(format!("{w}{space}"), Style::new()) } else { Piece::new(w.as_str(), Style::new()) }
            }));
            // Words too long for a line cut or left whole: plain text has none.
            for (pieces, cut) in [(&pieces[..], true), (&pieces[..], false), (&pieces[..pieces.len().min(2)], true)] {
                let (mut fast, mut slow) = (String::from("x"), String::from("x"));
                let (mut fast_ends, mut slow_ends) = (Vec::new(), Vec::new());
                let widths = (avail.0, avail.1, grow);
                let plain = wrap_plain(&mut fast, pieces, widths, ["> ", "  "], &mut |out: &mut String, n| {
                    fast_ends.push((out.len(), n));
                });
                let words = (widths.0, widths.1, widths.2, if cut { usize::MAX } else { 0 });
                wrap_words(&mut slow, pieces, words, ["> ", "  "], false, |out: &mut String, n| {
                    slow_ends.push((out.len(), n));
                });
                if plain {
                    proptest::prop_assert_eq!(&fast, &slow);
                    proptest::prop_assert_eq!(&fast_ends, &slow_ends);
                } else {
                    proptest::prop_assert_eq!(fast, "x", "nothing written when not plain");
                }
            }
        }
    }

    proptest::proptest! {
        /// Control characters and bytes beyond ASCII found eight at a time
        /// are those a byte at a time finds.
        #[test]
        fn byte_kinds_are_each_byte_s(text in proptest::collection::vec(proptest::num::u8::ANY, 0..40)) {
            let control = text.iter().any(|&b| b < b' ' || b == 0x7f);
            let beyond = text.iter().filter(|&&b| b >= 0x80).count();
            proptest::prop_assert_eq!(byte_kinds(&text), (control, beyond));
        }
    }

    /// Text that is plain is wrapped a line at a time; text that is not is
    /// left to the word-at-a-time wrap.
    #[test]
    fn which_text_is_plain() {
        let (mut lines, mut wide) = (Vec::new(), Vec::new());
        let mut plain_lines =
            |text: &str, widths| plain_lines(text, widths, (&mut lines, &mut wide)).then(|| lines.clone());
        assert_eq!(plain_lines("one two three", [7, 5]), Some(vec![[0, 7], [8, 13]]));
        assert_eq!(plain_lines("  one ", [20, 20]), Some(vec![[2, 5]]));
        // An ellipsis is a column: `…one` fits in 4.
        assert_eq!(plain_lines("…one two…", [4, 6]), Some(vec![[0, 6], [7, 13]]));
        // Several lines, each at the last space that fits; spaces at the ends are not words.
        assert_eq!(plain_lines(" a › b § c · d ", [5, 3]), Some(vec![[1, 8], [9, 13], [14, 18]]));
        // A word wider than the narrower width is cut into words of it,
        // the first of which may end a line the word does not fit on whole.
        let long = "abc defghijklm abcdefghijklmnop";
        assert_eq!(plain_lines(long, [5, 20]), None);
        let mut cut = String::new();
        wrap_words(&mut cut, &plain(long), (5, 20, 0, usize::MAX), ["", ""], false, |out, _| out.push('\n'));
        assert_eq!(cut, "abc\ndefghijklm abcde\nfghijklmnop\n");
        for c in ONE_COLUMN {
            assert_eq!(crate::columns::of(&c.to_string()), 1, "{c}");
        }
        for text in ["", "   ", "one  two", "one\ntwo", "caf\u{e9}", "tab\there", "toolongword", "\u{2025}", "…\u{e9}"]
        {
            assert_eq!(plain_lines(text, [20, 5]), None, "{text:?}");
        }
    }

    /// [`split`] as it was first written (but for ending a word, which it
    /// shares): each piece split with `split([' ', '\n'])`, each run
    /// measured by [`crate::columns::of`].
    fn split_by_split(pieces: &[Piece<'_>]) -> (Vec<Seg>, Vec<Word>) {
        let (mut segs, mut words) = (Vec::new(), Vec::new());
        let mut current: Option<Word> = None;
        for (p, piece) in pieces.iter().enumerate() {
            let mut at = 0;
            for (i, chunk) in piece.text.split([' ', '\n']).enumerate() {
                if i > 0 {
                    end_word(&mut words, &mut current);
                }
                if !chunk.is_empty() {
                    segs.push(Seg { piece: p, start: at, end: at + chunk.len() });
                    let w =
                        current.get_or_insert(Word { first: segs.len() - 1, last: 0, width: 0, space_after: false });
                    w.last = segs.len();
                    w.width += crate::columns::of(chunk);
                }
                at += chunk.len() + 1;
            }
        }
        words.extend(current);
        (segs, words)
    }

    proptest::proptest! {
        /// Words split in one pass over the bytes are those `str::split`
        /// and the width tables give: runs, their pieces, widths (wide, combining,
        /// control and non-ASCII characters among them) and the spaces after.
        #[test]
        fn words_are_the_split_at_spaces_and_line_breaks(
            texts in proptest::collection::vec("[a~ \n\u{e9}\u{301}\u{3000}\u{6f22}\t\u{1f574}\u{1f3fb}\u{7f}]{0,12}", 0..5),
        ) {
            let pieces: Vec<Piece<'_>> = texts.iter().map(|t| Piece::new(t.as_str(), Style::new())).collect();
            proptest::prop_assert_eq!(split(&pieces), split_by_split(&pieces));
        }

        /// Words said to fit on one line are those first-fit wrapping puts
        /// on one line (textwrap's), and words said not to fit it wraps.
        #[test]
        fn one_line_is_first_fit_s_one_line(
            widths in proptest::collection::vec((0usize..12, proptest::bool::ANY), 0..8),
            avail in 1usize..40,
        ) {
            let words: Vec<Word> = widths
                .iter()
                .map(|&(width, space_after)| Word { first: 0, last: 0, width, space_after })
                .collect();
            let lines = textwrap::wrap_algorithms::wrap_first_fit(&words, &[avail as f64]);
            proptest::prop_assert_eq!(on_one_line(&words, avail), lines.len() == 1, "{:?} in {}", widths, avail);
        }
    }

    #[test]
    fn wraps_at_width_with_hanging_indent() {
        let lines = wrap(&plain("aaa bbb ccc ddd"), 9, "• ", "  ", false);
        assert_eq!(lines, ["• aaa bbb", "  ccc ddd"]);
    }

    #[test]
    fn each_line_has_the_width_its_own_prefix_leaves() {
        // A label in the text and a deeper indent after it (`show`'s tags).
        let lines = wrap(&plain("tags: aa, bb, cc, dd, ee"), 18, "", "      ", false);
        assert_eq!(lines, ["tags: aa, bb, cc,", "      dd, ee"]);
        // A first prefix wider than the rest's.
        let lines = wrap(&plain("aa bb cc dd ee"), 8, "    ", "", false);
        assert_eq!(lines, ["    aa", "bb cc dd", "ee"]);
        // A word too long for the narrower line is broken to fit it.
        let lines = wrap(&plain("abcdefgh"), 8, "", "    ", false);
        assert!(lines.iter().all(|l| l.len() <= 8), "{lines:?}");
    }

    #[test]
    fn hard_wrap_keeps_spaces_and_width() {
        assert_eq!(hard_wrap("    fn x() {}", 6), ["    fn", " x() {", "}"]);
        assert_eq!(hard_wrap("漢字漢", 4), ["漢字", "漢"]);
        assert!(hard_wrap("", 5).is_empty());
        assert_eq!(hard_wrap("a\u{17d8}b", 2), ["a…", "b"]);
        assert_eq!(hard_wrap("漢", 1), ["…"]);
    }

    #[test]
    fn leaves_a_web_address_whole() {
        let url = "https://example.org/a/very/long/path/index.html";
        let text = format!("see ({url}) and averyveryverylongword");
        let lines = wrap(&plain(&text), 20, "", "", false);
        assert!(lines.contains(&format!("({url})")), "{lines:?}");
        // Other words are still cut to fit.
        assert!(lines.iter().filter(|l| !l.contains("://")).all(|l| l.len() <= 20), "{lines:?}");
        let mut into = String::new();
        wrap_into(&mut into, &plain(&text), 20, "", "", false);
        assert!(into.lines().any(|l| l == format!("({url})")), "{into}");
    }

    #[test]
    fn cuts_words_longer_than_the_line() {
        let lines = wrap(&plain("abcdefghij"), 4, "", "", false);
        assert_eq!(lines, ["abcd", "efgh", "ij"]);
        // Between the characters a user sees: a flag's two letters, a
        // thumb and its skin tone stay together (split, 🇺🇦 became 🇦🇺).
        let flags = "🇺🇦".repeat(7);
        assert_eq!(wrap(&plain(&flags), 5, "", "", false), ["🇺🇦🇺🇦", "🇺🇦🇺🇦", "🇺🇦🇺🇦", "🇺🇦"]);
        // A thumb with its tone: 4 columns drawn a character at a time.
        let thumbs = "👍🏽".repeat(5);
        assert_eq!(wrap(&plain(&thumbs), 9, "", "", false), ["👍🏽👍🏽", "👍🏽👍🏽", "👍🏽"]);
        // A cluster wider than the line is cut between its code points
        // (a symbol and a spacing mark: 3 columns on a line of 2).
        let wide = "🉠\u{9c7}".repeat(2);
        assert!(wrap(&plain(&wide), 2, "", "", false).iter().all(|l| crate::columns::of(l) <= 2));
    }

    /// The pieces before `whole_from` are broken where they must be (a
    /// title with no space: in pieces as wide as the narrower line), those
    /// from it on are not (a slug), in colour or not.
    #[test]
    fn only_the_pieces_from_whole_from_on_are_left_whole() {
        let pieces = [
            Piece::new("高速な設定ソースの構成と監視", Style::new().bold()),
            Piece::new(" (a-long-slug-here)", Style::new()),
        ];
        for color in [false, true] {
            let mut out = String::new();
            wrap_into_whole_from(&mut out, &pieces, 1, (10, "", "  "), color);
            let plain = crate::sanitize::clean(&out);
            let lines: Vec<&str> = plain.lines().collect();
            assert_eq!(lines, ["高速な設", "  定ソース", "  の構成と", "  監視", "  (a-long-slug-here)"], "{color}");
            // All of it broken: the slug too.
            let mut cut = String::new();
            wrap_into(&mut cut, &pieces, 10, "", "  ", color);
            assert!(crate::sanitize::clean(&cut).lines().all(|l| textwrap::core::display_width(l) <= 10), "{cut}");
        }
    }

    #[test]
    fn counts_wide_characters_as_two_columns() {
        let lines = wrap(&plain("漢字 漢字 漢字"), 9, "", "", false);
        assert_eq!(lines, ["漢字 漢字", "漢字"]);
    }

    #[test]
    fn styles_stay_within_a_line() {
        let bold = Style::new().bold();
        let lines = wrap(&[Piece::new("one two", bold)], 4, "", "", true);
        assert_eq!(lines.len(), 2);
        for line in lines {
            assert!(line.ends_with("\u{1b}[0m"), "{line:?}");
        }
    }

    #[test]
    fn styled_prefixes_take_only_their_visible_width() {
        // Regression: a coloured bullet's escape sequences counted as columns,
        // so coloured text wrapped narrower than plain text.
        let bullet = painted(Style::new().bold(), "• ", true);
        let lines = wrap(&plain("aaa bbb ccc ddd"), 9, &bullet, "  ", true);
        assert_eq!(lines.len(), 2, "{lines:?}");
    }

    #[test]
    fn joins_pieces_without_spaces_into_one_word() {
        let lines =
            wrap(&[Piece::new("Result:", Style::new().bold()), Piece::new(" ok", Style::new())], 80, "", "", false);
        assert_eq!(lines, ["Result: ok"]);
    }

    /// A character wider than a line stands as '…', in any piece, under any
    /// indent; where it fits it is kept.
    #[test]
    fn a_character_wider_than_a_line_is_not_shown() {
        let pieces = [Piece::new("a\u{17d8}b ", Style::new().bold()), Piece::new("c\u{17d8}", Style::new())];
        assert_eq!(wrap(&pieces, 2, "", "", false), ["a…", "b", "c…"]);
        assert_eq!(wrap(&[Piece::new("漢x", Style::new())], 3, "  ", "  ", false), ["  …", "  x"]);
        assert_eq!(wrap(&pieces, 3, "", "", false), ["a", "\u{17d8}", "b c", "\u{17d8}"]);
    }

    /// No character is wider than [`WIDEST`]: below it, `wrap` looks for them.
    #[test]
    fn no_character_is_wider_than_widest() {
        let widest = (0..=0x10_FFFFu32).filter_map(char::from_u32).filter(|&c| too_wide(c, WIDEST)).collect::<Vec<_>>();
        assert!(widest.is_empty(), "{widest:?}");
        assert!(too_wide('\u{17d8}', WIDEST - 1));
    }
}
