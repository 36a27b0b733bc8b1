//! Snippets: the line of a field around its first match, cut to about 100
//! columns at word boundaries, with the byte span of every match in it.

use std::borrow::Cow;

use serde::Serialize;
use unicode_width::UnicodeWidthChar;

use super::field::Field;
use super::query::{Query, merge_spans};
use crate::query::section;
use crate::sanitize;

/// About how wide a snippet is, in columns.
const SNIPPET_WIDTH: usize = 100;
/// About how much context a snippet keeps before the first match, in columns.
const SNIPPET_LEAD: usize = 30;

/// A piece of a field around its first match, with every match in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Snippet {
    /// The field the text comes from.
    pub field: Field,
    /// The snippet text (one line, sanitized).
    pub text: String,
    /// Byte spans `[start, end)` of each match in `text`.
    pub matches: Vec<[usize; 2]>,
    /// For the body: the path of headings the snippet comes from
    /// (`What Was Actually Broken › Monitoring Was Noisy and Expensive`), or
    /// null before the first heading and for other fields.
    pub section: Option<String>,
    /// For the body, when `section` is set: the body's headings and which
    /// is the innermost of the section, kept from the body while it is at
    /// hand (an index does not keep a hit's body), for [`Snippet::open`];
    /// not part of the JSON.
    #[serde(skip)]
    #[schemars(skip)]
    outline: Option<(Vec<section::Heading>, usize)>,
}

impl Snippet {
    /// For the body, when `section` is set: the name `dryga show SLUG
    /// --section` takes for it (its fewest first words that name it
    /// alone); `None` when no words name it alone. Worked out when asked:
    /// a hit's command is shown only where it fits on a line, and not in
    /// JSON (a common word's warm search over a folder with a long path
    /// worked out 7,068 names that none of its lines had room for, a
    /// fifteenth of its instructions).
    pub fn open(&self) -> Option<String> {
        let (headings, innermost) = self.outline.as_ref()?;
        section::short_name(headings, headings.get(*innermost)?)
    }
}

/// Strips Markdown block markers and emphasis from one line of a body.
#[cfg(test)]
fn plain_line(line: &str) -> Cow<'_, str> {
    plain_line_at(line, 0, &[])
}

/// [`plain_line`] of the line at byte `from` of its body, the character
/// references at `places` of the body shown as their characters (see
/// [`sanitize::shown_reference_places`]: not in code, as the body is searched).
fn plain_line_at<'l>(line: &'l str, from: usize, places: &[sanitize::Shown]) -> Cow<'l, str> {
    // An ordered list's number is shown, as `show` shows it: where it is
    // the list's, the body searched has it as spaces already (a line of a
    // paragraph may start with a year, `2024. It went well`).
    let (start, number) = block_markers(line);
    let start = number.map_or(start, |n| n.start);
    let s = line[start..].trim_end();
    // Copied only when there is a marker to take out, or a character
    // reference to show as its character (as the body is searched).
    let at = from + (s.as_ptr() as usize - line.as_ptr() as usize);
    inline_plain(sanitize::shown_references_at(s, at, places))
}

/// Where the text of a line of a body starts after its block markers (its
/// indent, a heading's `#`s, or a quote's `>`s, a bullet, an ordered list's
/// `2. `), and the bytes of that list's number and dot when it has one
/// (which only a line's place tells a list's or a paragraph's: see
/// [`super::field::Field::raw_text_as`]).
pub(super) fn block_markers(line: &str) -> (usize, Option<std::ops::Range<usize>>) {
    let line = line.trim_end();
    let mut s = line.trim_start();
    // A heading's text is text: `## 2. Rollout` is no list.
    if s.starts_with('#') {
        s = s.trim_start_matches('#').trim_start();
        return (line.len() - s.len(), None);
    }
    s = s.trim_start_matches('>').trim_start();
    for marker in ["- ", "* ", "+ "] {
        if let Some(rest) = s.strip_prefix(marker) {
            s = rest;
        }
    }
    let mut number = None;
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && s[digits..].starts_with(". ") {
        let at = line.len() - s.len();
        number = Some(at..at + digits + 1);
        s = &s[digits + 2..];
    }
    (line.len() - s.len(), number)
}

/// A line's inline Markdown as `show` prints it: emphasis and code marks
/// taken out, a code span's text and an escaped character as written (no
/// link or emphasis in them), a link as its text and then its target in
/// brackets ("Oban (https://…)"; the target alone once, when it is the
/// text; an anchor in the page not shown), an image as `[image:
/// alt](target)`. Copied only when there is one.
fn inline_plain(plain: Cow<'_, str>) -> Cow<'_, str> {
    // Most lines have none of the marks: told by two passes of `memchr`
    // (long paragraphs; a pass byte by byte cost more than four searches).
    let bytes = plain.as_bytes();
    if memchr::memchr3(b'*', b'_', b'`', bytes).is_none() && memchr::memchr3(b']', b'~', b'<', bytes).is_none() {
        return plain;
    }
    Cow::Owned(shown_inline(&plain))
}

/// `line` as [`inline_plain`] shows it, in one pass from its start.
fn shown_inline(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    // Whether a `*` (0) or an `_` (1) was found with no closer past it.
    let mut unclosed = [false; 2];
    while i < b.len() {
        match b[i] {
            b'`' => {
                let run = b[i..].iter().take_while(|&&c| c == b'`').count();
                // A code span ends at a run of as many backticks; without
                // one, the backticks alone are taken out.
                match closing_fence(&b[i + run..], run) {
                    Some(end) => {
                        out.push_str(&line[i + run..i + run + end]);
                        i += run + end + run;
                    }
                    None => i += run,
                }
            }
            b'\\' if b.get(i + 1).is_some_and(u8::is_ascii_punctuation) => {
                out.push_str(&line[i..i + 2]);
                i += 2;
            }
            b'*' | b'_' | b'~' if b.get(i + 1) == Some(&b[i]) => i += 2,
            // Emphasis of one mark: its text, shown as the rest is. A mark
            // with no closer past it has none past a later one either: looked
            // for once (a line of many lone marks took the square of them).
            b'*' | b'_' if !unclosed[usize::from(b[i] == b'_')] && emphasis_opens(b, i) => {
                if let Some(end) = emphasis_end(b, i) {
                    out.push_str(&shown_inline(&line[i + 1..end]));
                    i = end + 1;
                } else {
                    unclosed[usize::from(b[i] == b'_')] = true;
                    out.push(char::from(b[i]));
                    i += 1;
                }
            }
            // An autolink: its address.
            b'<' => {
                if let Some(end) = autolink_end(line, i) {
                    out.push_str(&line[i + 1..end]);
                    i = end + 1;
                } else {
                    out.push('<');
                    i += 1;
                }
            }
            b'[' => i = shown_bracket(line, i, &mut out),
            _ => {
                // Up to the next byte that may start a mark (all ASCII: a
                // character's boundary).
                let next = b[i + 1..]
                    .iter()
                    .position(|c| matches!(c, b'`' | b'\\' | b'*' | b'_' | b'[' | b'~' | b'<'))
                    .map_or(b.len(), |p| i + 1 + p);
                out.push_str(&line[i..next]);
                i = next;
            }
        }
    }
    out
}

/// What `line` shows from the `[` at byte `i` on, pushed to `out`, and
/// the byte after it: a footnote's mark as `[1]` (its definition's, `[^1]:`
/// first on the line, too), a link as its text and its target in
/// brackets, an image as `[image: alt](target)`, else the `[` itself.
fn shown_bracket(line: &str, i: usize, out: &mut String) -> usize {
    let b = line.as_bytes();
    if let Some(end) = footnote_end(b, i) {
        out.push('[');
        out.push_str(&line[i + 2..end]);
        out.push(']');
        return end + 1 + usize::from(i == 0 && b.get(end + 1) == Some(&b':'));
    }
    let Some((text, url, len)) = inline_link(&line[i + 1..]) else {
        out.push('[');
        return i + 1;
    };
    // Its text as the rest of the line is shown (no link in it: `inline_link`).
    let text = shown_inline(text);
    // `![alt](target)`, not `\![text](target)`.
    if i > 0 && b[i - 1] == b'!' && (i < 2 || b[i - 2] != b'\\') {
        out.pop();
        out.push_str("[image: ");
        out.push_str(&text);
        out.push_str("](");
        out.push_str(url);
        out.push(')');
    } else {
        out.push_str(&text);
        if !url.is_empty() && url != text && !url.starts_with('#') {
            out.push_str(" (");
            out.push_str(url);
            out.push(')');
        }
    }
    i + 1 + len
}

/// Whether the single `*` or `_` at `b[at]` may open an emphasis, as
/// `show` reads one: before a non-space; an `_` not inside a word
/// (`snake_case` is no emphasis).
fn emphasis_opens(b: &[u8], at: usize) -> bool {
    let inside = |c: Option<&u8>| c.is_some_and(u8::is_ascii_alphanumeric);
    !(b.get(at + 1).is_none_or(u8::is_ascii_whitespace) || (b[at] == b'_' && at > 0 && inside(b.get(at - 1))))
}

/// Where the mark that closes the emphasis the single `*` or `_` at
/// `b[at]` opens ([`emphasis_opens`]) is: after a non-space and not
/// doubled; an `_` not inside a word.
fn emphasis_end(b: &[u8], at: usize) -> Option<usize> {
    let mark = b[at];
    let inside = |c: Option<&u8>| c.is_some_and(u8::is_ascii_alphanumeric);
    let underscore = mark == b'_';
    (at + 2..b.len()).find(|&j| {
        b[j] == mark
            && !b[j - 1].is_ascii_whitespace()
            && b.get(j + 1) != Some(&mark)
            && b[j - 1] != mark
            && !(underscore && inside(b.get(j + 1)))
    })
}

/// Where the `>` of the autolink that opens at `line[at]` (`<https://…>`)
/// is: an address of the web or of mail, no space in it.
fn autolink_end(line: &str, at: usize) -> Option<usize> {
    let rest = &line[at + 1..];
    if !["http://", "https://", "mailto:"].iter().any(|scheme| rest.starts_with(scheme)) {
        return None;
    }
    let end = rest.find(|c: char| c == '>' || c.is_whitespace() || c == '<')?;
    (rest.as_bytes()[end] == b'>').then_some(at + 1 + end)
}

/// Where the `]` of the footnote mark that opens at `b[at]` (`[^1]`) is,
/// when one does: a label with no space or bracket in it.
fn footnote_end(b: &[u8], at: usize) -> Option<usize> {
    if b.get(at + 1) != Some(&b'^') {
        return None;
    }
    let len = b[at + 2..].iter().position(|c| matches!(c, b']' | b'[' | b' ' | b'\t'))?;
    (len > 0 && b[at + 2 + len] == b']').then_some(at + 2 + len)
}

/// Where the first run of exactly `run` backticks in `b` starts.
fn closing_fence(b: &[u8], run: usize) -> Option<usize> {
    let mut at = 0;
    while let Some(found) = memchr::memchr(b'`', &b[at..]) {
        let start = at + found;
        let len = b[start..].iter().take_while(|&&c| c == b'`').count();
        if len == run {
            return Some(start);
        }
        at = start + len;
    }
    None
}

/// The inline link that `s` (what follows a `[`) goes on with: `text](url
/// "title")`, its text, its target (without `<>` or a title) and how many
/// bytes of `s` it takes. `None` for anything else: brackets in its text,
/// no `(` right after its `]`, no `)` to close it.
fn inline_link(s: &str) -> Option<(&str, &str, usize)> {
    let close = s.find(']')?;
    let text = &s[..close];
    let tail = s[close + 1..].strip_prefix('(')?;
    if text.contains('[') {
        return None;
    }
    // The target ends at the `)` that closes its `(`, past pairs within it.
    let mut depth = 0usize;
    let end = tail.bytes().position(|b| match b {
        b'(' => {
            depth += 1;
            false
        }
        b')' if depth == 0 => true,
        b')' => {
            depth -= 1;
            false
        }
        _ => false,
    })?;
    let inner = tail[..end].trim();
    // `<a target>` may hold spaces; else a space ends it, before a title.
    let url = match inner.strip_prefix('<').and_then(|u| u.split_once('>')) {
        Some((url, _)) => url,
        None => inner.split_once(char::is_whitespace).map_or(inner, |(url, _)| url),
    };
    Some((text, url, close + 2 + end + 1))
}

/// The snippet of `text` (a field) around its first match: the first line
/// that matches the most of the query's terms once made plain (`conditions
/// fixed` shows "Fixed race conditions", not an earlier line with "fix"
/// alone), else a body's block whose match runs across its lines
/// ([`block_across_lines`]), else the whole field on one line (for
/// matches on Markdown syntax); a body snippet names its section. None
/// only if nothing matches at all.
pub(super) fn snippet(query: &Query, field: Field, text: &str) -> Option<Snippet> {
    let query = query.in_field(field);
    // As the field is searched: its words without their joiners.
    let text = &*sanitize::without_joiners(text);
    let terms = query.term_count();
    let mut offset = 0;
    // The best line so far: its text, where it starts, and its best window.
    let mut found: Option<(String, usize, Shown)> = None;
    let mut lower = Vec::new();
    // Where the field, Markdown, shows a character reference as its character.
    let places = if field.is_markdown() { sanitize::shown_reference_places(text) } else { Vec::new() };
    for line in crate::lines::inclusive(text) {
        let best = found.as_ref().map_or(0, |(.., shown)| shown.terms);
        // A line that cannot match, or not more terms than the best so far.
        if query.terms_at_most(line, &mut lower) <= best {
            offset += line.len();
            continue;
        }
        let plain = match field {
            Field::Body => plain_line_at(line, offset, &places),
            // Character references as the characters they show, as the field is searched.
            // Its inline Markdown as `show` prints it.
            Field::Summary => {
                inline_plain(sanitize::shown_references_at(line.trim_end_matches(['\n', '\r']), offset, &places))
            }
            _ => line.trim_end_matches(['\n', '\r']).into(),
        };
        let mut plain = sanitize::clean_line(&plain);
        // `term_spans` passes over a line its sieve says cannot match as fast as
        // `may_match` would (a word query's), or asks it itself (a phrase's).
        let mut matches = query.term_spans(&plain);
        // A regex may match the Markdown the plain line drops (`^- `, `^#`,
        // `\*\*`): the line is shown as written, so the hit has its snippet.
        if matches.is_empty() && field == Field::Body && query.is_regex() {
            let raw = sanitize::clean_line(line.trim_end_matches(['\n', '\r']));
            matches = query.term_spans(&raw);
            plain = Cow::Owned(raw.into_owned());
        }
        // Only a line with more terms than the best window so far can show more.
        if distinct_terms(&matches, [0, plain.len()]) > best {
            let shown = best_window(&plain, &matches);
            if shown.terms > best {
                let all = shown.terms >= terms;
                found = Some((plain.into_owned(), offset, shown));
                // A window with every term: none is better (a one-word query stops at its first).
                if all {
                    break;
                }
            }
        }
        offset += line.len();
    }
    let (line, at, shown) = if let Some(found) = found.or_else(|| block_across_lines(query, field, text, &places)) {
        found
    } else {
        let shown = sanitize::shown_references_at(text, 0, &places);
        let flat = sanitize::clean_line(&shown).into_owned();
        let matches = query.term_spans(&flat);
        if matches.is_empty() {
            return None;
        }
        let shown = best_window(&flat, &matches);
        (flat, 0, shown)
    };
    let (section, outline) = if field == Field::Body { sections(text, at) } else { (None, None) };
    let (text, from, to, shift) = window(&line, shown.anchor);
    // The spans found in the whole line, kept where they fall in the window and
    // moved by the window's offset: exact, whatever the query's anchors.
    let matches = shown
        .spans
        .iter()
        .filter(|[s, e]| *s < to && *e > from)
        .map(|[s, e]| [(*s).max(from) - from + shift, (*e).min(to) - from + shift])
        .filter(|[s, e]| s < e)
        .collect();
    Some(Snippet { field, text, matches, section, outline })
}

/// The snippet of a body whose match runs across lines (a phrase over a
/// paragraph's wrapped lines): the block of Markdown that holds the most
/// terms (the first of those), its lines made plain and joined by spaces,
/// where it starts, and its best window. Its section is its own: the
/// whole body on one line named the first (`"monthly cloud invoice"`,
/// found under "Results Summary", was "§ First", its snippet the heading's
/// words and the paragraph's). `None` for another field, or when no block
/// matches (a match on Markdown's syntax).
fn block_across_lines(
    query: &Query,
    field: Field,
    text: &str,
    places: &[sanitize::Shown],
) -> Option<(String, usize, Shown)> {
    if field != Field::Body {
        return None;
    }
    let mut found: Option<(String, usize, Shown)> = None;
    let mut block: Option<(String, usize)> = None;
    let mut before: &str = "";
    let mut offset = 0;
    let consider = |block: Option<(String, usize)>, found: &mut Option<(String, usize, Shown)>| {
        let Some((joined, at)) = block else { return };
        let plain = sanitize::clean_line(&joined).into_owned();
        let matches = query.term_spans(&plain);
        if matches.is_empty() {
            return;
        }
        let shown = best_window(&plain, &matches);
        if found.as_ref().is_none_or(|(.., best)| shown.terms > best.terms) {
            *found = Some((plain, at, shown));
        }
    };
    for line in crate::lines::inclusive(text) {
        let at = offset;
        offset += line.len();
        let bare = line.trim_end_matches(['\n', '\r']);
        let parts = bare.trim().is_empty()
            || before.trim().is_empty()
            || super::query::lines_part(before.as_bytes(), bare.as_bytes());
        if parts {
            consider(block.take(), &mut found);
        }
        before = bare;
        if bare.trim().is_empty() {
            continue;
        }
        let plain = plain_line_at(line, at, places);
        match &mut block {
            Some((joined, _)) => {
                joined.push(' ');
                joined.push_str(&plain);
            }
            None => block = Some((plain.into_owned(), at)),
        }
    }
    consider(block, &mut found);
    found
}

/// The window a snippet of a line shows: the match it is cut around, how
/// many of the query's terms it shows, and the line's matches, merged.
struct Shown {
    anchor: [usize; 2],
    terms: usize,
    spans: Vec<[usize; 2]>,
}

/// How many of a query's terms `matches` (term, span) has within bytes `[from, to)`.
fn distinct_terms(matches: &[(usize, [usize; 2])], [from, to]: [usize; 2]) -> usize {
    let within = matches.iter().filter(|(_, [s, e])| *s >= from && *e <= to).map(|&(t, _)| t);
    // Most queries have a term or a few: a bit each, no list to sort.
    if matches.iter().all(|&(t, _)| t < 64) {
        return within.fold(0u64, |bits, t| bits | 1 << t).count_ones() as usize;
    }
    let mut terms: Vec<usize> = within.collect();
    terms.sort_unstable();
    terms.dedup();
    terms.len()
}

/// The window of `line` around the first of its `matches` that shows the
/// most terms: the first match's when the line fits in a snippet, has one
/// term, or no window shows more (a long paragraph with `cloud` far after
/// `months` shows one of them; a line that shows both is better).
fn best_window(line: &str, matches: &[(usize, [usize; 2])]) -> Shown {
    let mut spans: Vec<[usize; 2]> = matches.iter().map(|&(_, span)| span).collect();
    merge_spans(&mut spans);
    let first = spans.first().copied().unwrap_or([0, 0]);
    let all = distinct_terms(matches, [0, line.len()]);
    if all < 2 || !wider_than(line, SNIPPET_WIDTH) {
        return Shown { anchor: first, terms: all, spans };
    }
    let mut best = (distinct_terms(matches, window_bounds(line, first)), first);
    if best.0 < all {
        for (likely, span) in likely_anchors(line, matches).into_iter().take(MOST_ANCHORS) {
            // The rest are likely to show no more (two terms far apart: none is tried).
            if likely <= best.0 {
                break;
            }
            let shows = distinct_terms(matches, window_bounds(line, span));
            if shows > best.0 {
                best = (shows, span);
                if shows == all {
                    break;
                }
            }
        }
    }
    Shown { anchor: best.1, terms: best.0, spans }
}

/// How many matches [`best_window`] cuts a window around to count its
/// terms, at most: each count reads the line's matches, and a line of a
/// word and another thousands of times over must not take the square of
/// them. The likeliest are tried first ([`likely_anchors`]).
const MOST_ANCHORS: usize = 32;

/// The spans of `matches` to cut a window of `line` around, likeliest
/// first, each with how many terms it likely shows: the terms the characters a window from it spans hold
/// (about [`SNIPPET_WIDTH`] from [`SNIPPET_LEAD`] before it; most
/// characters are a column), most first, then in the line's order. One
/// pass over the line and the matches sorted, the terms in view counted
/// as the window slides.
fn likely_anchors(line: &str, matches: &[(usize, [usize; 2])]) -> Vec<(usize, [usize; 2])> {
    let mut sorted = matches.to_vec();
    sorted.sort_unstable_by_key(|&(t, span)| (span, t));
    // Each match's start in characters.
    let mut at = Vec::with_capacity(sorted.len());
    let (mut byte, mut chars) = (0, 0);
    for &(_, [start, _]) in &sorted {
        chars += line.get(byte..start).map_or(0, |between| between.chars().count());
        byte = byte.max(start);
        at.push(chars);
    }
    let mut in_view = vec![0usize; sorted.iter().map(|&(t, _)| t + 1).max().unwrap_or(0)];
    let mut distinct = 0;
    let (mut lo, mut hi) = (0, 0);
    let mut scored = Vec::with_capacity(sorted.len());
    for (j, &from) in at.iter().enumerate() {
        let from = from.saturating_sub(SNIPPET_LEAD);
        while hi < sorted.len() && at[hi] < from + SNIPPET_WIDTH {
            let t = sorted[hi].0;
            distinct += usize::from(in_view[t] == 0);
            in_view[t] += 1;
            hi += 1;
        }
        while lo < hi && at[lo] < from {
            let t = sorted[lo].0;
            in_view[t] -= 1;
            distinct -= usize::from(in_view[t] == 0);
            lo += 1;
        }
        scored.push((std::cmp::Reverse(distinct), j));
    }
    scored.sort_unstable();
    scored.into_iter().map(|(std::cmp::Reverse(likely), j)| (likely, sorted[j].1)).collect()
}

/// The heading path at byte `at` of `body`, and the body's headings with
/// the index of the innermost at `at`; both `None` before the first heading.
fn sections(body: &str, at: usize) -> (Option<String>, Option<(Vec<section::Heading>, usize)>) {
    let headings = section::outline(body);
    let Some(innermost) = headings.iter().rposition(|h| h.start <= at && at < h.end) else {
        return (None, None);
    };
    (section::path_text(&headings, at), Some((headings, innermost)))
}

/// The byte where a window around `span` starts: up to [`SNIPPET_LEAD`]
/// columns before the match, then forward to the next word.
fn window_start(line: &str, span: [usize; 2]) -> usize {
    let mut start = span[0];
    // Printable ASCII before the match, and before that (a character of no
    // width there would be taken in too): a column a byte, no character read.
    let lead = span[0].saturating_sub(SNIPPET_LEAD);
    if printable_ascii(&line.as_bytes()[lead.saturating_sub(1)..span[0]]) {
        start = lead;
    } else {
        let mut cols = 0;
        for (i, c) in line[..span[0]].char_indices().rev() {
            cols += c.width().unwrap_or(0);
            if cols > SNIPPET_LEAD {
                break;
            }
            start = i;
        }
    }
    if start > 0 {
        if let Some(space) = line[start..span[0]].find(' ') {
            start += space + 1;
        }
    }
    start
}

/// The byte where a window from `start` ends: about [`SNIPPET_WIDTH`] columns
/// on and past the match, then back to the last word boundary.
fn window_end(line: &str, start: usize, span: [usize; 2]) -> usize {
    let mut end = start;
    // Printable ASCII from the start, and after it (a character of no width
    // there would be taken in too): a column a byte, so the window ends
    // [`SNIPPET_WIDTH`] bytes on, or at the match's end if that is further.
    let far = (start + SNIPPET_WIDTH).max(span[1]).min(line.len());
    if printable_ascii(&line.as_bytes()[start..(far + 1).min(line.len())]) {
        end = far;
    } else {
        let mut cols = 0;
        for (i, c) in line[start..].char_indices() {
            cols += c.width().unwrap_or(0);
            if cols > SNIPPET_WIDTH && start + i >= span[1] {
                break;
            }
            end = start + i + c.len_utf8();
        }
    }
    if end < line.len() {
        if let Some(space) = line[span[1].min(end)..end].rfind(' ') {
            end = span[1].min(end) + space;
        }
    }
    end
}

/// Whether `bytes` are all printable ASCII: each a character of one column.
fn printable_ascii(bytes: &[u8]) -> bool {
    bytes.iter().all(|b| matches!(b, b' '..=b'~'))
}

/// Whether `line` takes more than `width` columns ([`columns::of`](crate::columns::of)):
/// a line that starts with more than `width` bytes of printable ASCII does
/// (each is a column, counted a character at a time, and what follows adds
/// columns, never takes them away), found without reading the rest of it,
/// often hundreds of bytes.
fn wider_than(line: &str, width: usize) -> bool {
    let ascii = line.as_bytes().get(..=width).is_some_and(printable_ascii);
    ascii || crate::columns::of(line) > width
}

/// Cuts `line` to about [`SNIPPET_WIDTH`] columns around `span`, at word
/// boundaries. Returns the text, the byte range `[from, to)` of `line` it
/// shows, and where that range starts in the text (after a leading '…').
fn window(line: &str, span: [usize; 2]) -> (String, usize, usize, usize) {
    // Printable ASCII is measured by its length (a common word's thousands
    // of snippets spent a tenth of its run in the width tables).
    let [from, to] =
        if wider_than(line, SNIPPET_WIDTH) { window_bounds(line, span) } else { trimmed(line, 0, line.len()) };
    // Room for the text and an ellipsis at each end.
    let mut out = String::with_capacity(to.max(from) - from + 2 * '…'.len_utf8());
    // An ellipsis stands for text left out, not for spaces.
    if !line[..from].trim().is_empty() {
        out.push('…');
    }
    let shift = out.len();
    out.push_str(&line[from..to.max(from)]);
    if !line[to.max(from)..].trim().is_empty() {
        out.push('…');
    }
    (out, from, to.max(from), shift)
}

/// The bytes `[from, to]` of a line wider than a snippet that a window
/// around `span` shows ([`window`]).
fn window_bounds(line: &str, span: [usize; 2]) -> [usize; 2] {
    let start = window_start(line, span);
    trimmed(line, start, window_end(line, start, span))
}

/// Bytes `start..end` of `line` without the spaces at either end, as `[from, to]`.
fn trimmed(line: &str, start: usize, end: usize) -> [usize; 2] {
    let shown = &line[start..end];
    [start + (shown.len() - shown.trim_start().len()), end - (shown.len() - shown.trim_end().len())]
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    /// A phrase over a paragraph's wrapped lines is shown from its block,
    /// its lines joined, under its own section: it was the whole body on
    /// one line, the first heading's words in it, named "§ First".
    #[test]
    fn a_match_across_lines_is_shown_from_its_block_under_its_section() {
        let body = "## First\n\nIntro text.\n\n## Results Summary\n\nThe team cut the monthly cloud\n\
                    invoice by half.\n\n## Later\n\n- Head item\n- Para line one\n";
        let query =
            crate::query::search::parse("\"monthly cloud invoice\"", crate::query::search::CaseMode::Smart, false)
                .expect("a query");
        let shown = snippet(&query, Field::Body, body).expect("a snippet");
        assert_eq!(shown.text, "The team cut the monthly cloud invoice by half.");
        assert_eq!(shown.matches, [[17, 38]]);
        assert_eq!(shown.section.as_deref(), Some("Results Summary"));
    }

    /// The likeliest anchors come first: in a line of `alpha ` a thousand
    /// times then `omega`, the alphas within a window of omega, and omega;
    /// and the best window shows both.
    #[test]
    fn the_likeliest_anchors_come_first() {
        let line = format!("{}omega", "alpha ".repeat(1000));
        let mut matches: Vec<(usize, [usize; 2])> = (0..1000).map(|i| (0, [6 * i, 6 * i + 5])).collect();
        matches.push((1, [6000, 6005]));
        // Out of order, as phrases' matches come (each term's in turn).
        matches.reverse();
        let likely = likely_anchors(&line, &matches);
        assert_eq!(likely.len(), 1001);
        // A window from alpha `i` (byte 6i) spans from LEAD before it to
        // WIDTH on: omega (byte 6000) is in it from i = 989; from omega, the
        // alphas before it are.
        let both: Vec<(usize, [usize; 2])> =
            (989..1000).map(|i| (2, [6 * i, 6 * i + 5])).chain([(2, [6000, 6005])]).collect();
        assert_eq!(likely[..both.len()], both[..], "the ones with both terms first, in the line's order");
        assert!(likely[both.len()..].iter().all(|&(n, _)| n == 1));
        assert_eq!(best_window(&line, &matches).terms, 2);
    }

    /// Where two terms meet past many matches of one or both, the window
    /// shows them, however many matches come before (the first version
    /// tried the first 32 in the line's order).
    #[test]
    fn the_window_with_every_term_is_found_past_many_matches() {
        for repeats in [3, 31, 40, 500] {
            let line =
                format!("{}alpha beta gamma end of line {}", "alpha beta filler ".repeat(repeats), "x ".repeat(80));
            let mut matches = Vec::new();
            for (t, word) in ["alpha", "beta", "gamma"].into_iter().enumerate() {
                matches.extend(line.match_indices(word).map(|(at, w)| (t, [at, at + w.len()])));
            }
            assert_eq!(best_window(&line, &matches).terms, 3, "{repeats} repeats");
        }
        // Far apart: one term in view, not none.
        let far = format!("months {}cloud", "word ".repeat(40));
        let matches = [(0, [0, 6]), (1, [far.len() - 5, far.len()])];
        assert_eq!(best_window(&far, &matches).terms, 1);
    }

    proptest::proptest! {
        /// Whether a line is wider than a width is what its columns say,
        /// for lines of ASCII, wide characters, emoji with modifiers,
        /// control characters and combining marks.
        #[test]
        fn wider_than_is_what_the_columns_say(
            line in "[a-z ~\\x00-\\x1f\\x7f\u{e9}\u{301}\u{6f22}\u{1f574}\u{1f3fb}\u{fe0f}]{0,40}",
            width in 0usize..30,
        ) {
            proptest::prop_assert_eq!(wider_than(&line, width), crate::columns::of(&line) > width, "{:?}", line);
        }

        /// A window's edges found by their bytes over printable ASCII are
        /// those found a character at a time through the width tables (the
        /// way kept for other text), for lines of ASCII with a character of
        /// no width, a wide one or an accent here and there (right at an
        /// edge too: a mark of no width after the 100th column is taken in).
        #[test]
        fn windows_by_bytes_are_windows_by_characters(
            head in "[a-z ]{0,60}",
            odd in proptest::sample::select(vec!["", "\u{301}", "\u{fe0f}", "\u{6f22}", "\u{e9}", "\u{200b}"]),
            tail in "[a-z ]{0,150}",
            odd_at in 0usize..200,
            edge in 0usize..10,
            match_len in 1usize..20,
            spaced in proptest::bool::ANY,
        ) {
            // Without spaces, an edge is not moved to a word's: it is where it was found.
            let unspaced = |s: &str| if spaced { s.to_owned() } else { s.replace(' ', "x") };
            let (head, tail) = (unspaced(&head), unspaced(&tail));
            let mut line = format!("{head}needle{tail}");
            // Most often at or beside an edge of the window: 30 columns
            // before the match, and 100 after where the window starts.
            let (lead, width) = (SNIPPET_LEAD, SNIPPET_WIDTH);
            // Bytes from the match's start, back (the first three) or on.
            let places = [(lead + 1, 0), (lead, 0), (lead - 1, 0), (0, width - lead - 1), (0, width - lead), (0, width - lead + 1), (0, width), (0, width + 1)];
            let at = places.get(edge).map_or(odd_at, |&(back, on)| (head.len() + on).saturating_sub(back)).min(line.len());
            line.insert_str(at, odd);
            let found = line.find("needle");
            proptest::prop_assume!(found.is_some());
            let start = found.unwrap_or(0);
            let span = [start, (start + match_len).min(line.len())];
            proptest::prop_assume!(line.is_char_boundary(span[1]));
            let by_chars_start = {
                let mut from = span[0];
                let mut cols = 0;
                for (i, c) in line[..span[0]].char_indices().rev() {
                    cols += c.width().unwrap_or(0);
                    if cols > SNIPPET_LEAD {
                        break;
                    }
                    from = i;
                }
                from
            };
            let from = by_chars_start;
            let by_chars_end = {
                let mut end = from;
                let mut cols = 0;
                for (i, c) in line[from..].char_indices() {
                    cols += c.width().unwrap_or(0);
                    if cols > SNIPPET_WIDTH && from + i >= span[1] {
                        break;
                    }
                    end = from + i + c.len_utf8();
                }
                end
            };
            // The functions go on to the next space (`window_start`) and back to the last
            // (`window_end`): the same from the same edges.
            let mut expected_start = by_chars_start;
            if expected_start > 0 {
                if let Some(space) = line[expected_start..span[0]].find(' ') {
                    expected_start += space + 1;
                }
            }
            proptest::prop_assert_eq!(window_start(&line, span), expected_start, "{:?}", line);
            let mut expected_end = by_chars_end;
            if expected_end < line.len() {
                if let Some(space) = line[span[1].min(expected_end)..expected_end].rfind(' ') {
                    expected_end = span[1].min(expected_end) + space;
                }
            }
            proptest::prop_assert_eq!(window_end(&line, from, span), expected_end, "{:?}", line);
        }
    }

    #[test]
    fn windows_cut_at_word_boundaries_and_keep_the_match() {
        let line = format!("{} needle {}", "word ".repeat(40), "tail ".repeat(40));
        let at = line.find("needle").expect("needle");
        let (w, ..) = window(&line, [at, at + 6]);
        assert!(w.starts_with('…') && w.ends_with('…'), "{w}");
        assert!(w.contains("needle"));
        assert!(w.width() <= SNIPPET_WIDTH + 2, "{}", w.width());
        assert!(!w.contains("wor…") && !w.starts_with("…ord"), "{w}");
    }

    /// The window's edges, to the column: up to 30 columns of lead (a space
    /// at the 30th keeps the word after it) and 100 in all (a space at the
    /// 100th keeps the word before it), cut only at spaces.
    #[test]
    fn windows_keep_words_that_end_at_their_limits() {
        let b = "b".repeat(SNIPPET_LEAD - 2);
        let c = "c".repeat(SNIPPET_WIDTH - SNIPPET_LEAD - 7);
        let line = format!("{} {b} needle {c} {}", "a".repeat(50), "d".repeat(50));
        let at = line.find("needle").expect("needle");
        let (text, from, to, shift) = window(&line, [at, at + 6]);
        assert_eq!(text, format!("…{b} needle {c}…"));
        assert_eq!((&line[from..to], shift), (&text[shift..text.len() - '…'.len_utf8()], '…'.len_utf8()));
        // One column more on either side, and that word no longer fits.
        let cut = |line: String| {
            let at = line.find("needle").expect("needle");
            window(&line, [at, at + 6]).0
        };
        assert_eq!(cut(format!("{} x{b} needle {c} {}", "a".repeat(50), "d".repeat(50))), format!("…needle {c}…"));
        assert_eq!(cut(format!("{} {b} needle {c}x {}", "a".repeat(50), "d".repeat(50))), format!("…{b} needle…"));
        // Spaces at a cut are not shown, and a line that fits is whole.
        let c62 = &c[1..];
        assert_eq!(
            cut(format!("{} {b} needle {c62}  {}", "a".repeat(50), "d".repeat(50))),
            format!("…{b} needle {c62}…")
        );
        let fits = format!("needle {}", "f".repeat(SNIPPET_WIDTH - 7));
        assert_eq!(cut(fits.clone()), fits);
        // A lead that reaches the start of the line keeps its first word whole.
        assert!(cut(format!("ab needle {}", "t ".repeat(60))).starts_with("ab needle t"));
        // Only spaces before the window: nothing is left out, so no '…'.
        assert!(cut(format!("  needle {}", "t ".repeat(60))).starts_with("needle t"));
    }

    /// A link shows as `show` prints it: its text, then its target.
    #[test]
    fn plain_lines_show_links_as_show_does() {
        assert_eq!(
            plain_line("We moved to [Oban](https://github.com/sorentwo/oban) and **ran** it."),
            "We moved to Oban (https://github.com/sorentwo/oban) and ran it."
        );
        assert_eq!(plain_line("See [the docs](<https://x.dev/a b> \"Docs\")."), "See the docs (https://x.dev/a b).");
        assert_eq!(plain_line("See [the docs](https://x.dev/a \"Docs\")."), "See the docs (https://x.dev/a).");
        assert_eq!(plain_line("[https://x.dev](https://x.dev), [up](#top)"), "https://x.dev, up");
        assert_eq!(plain_line("a [wiki](https://w.org/A_(b)) page"), "a wiki (https://w.org/A_(b)) page");
        assert_eq!(plain_line("![a chart](chart.png)"), "[image: a chart](chart.png)");
        // Code spans and escapes as written; a target's underscores kept.
        assert_eq!(plain_line("Call `handlers[0](payload)` to go"), "Call handlers[0](payload) to go");
        assert_eq!(plain_line("Escaped \\[not a link\\](x)"), "Escaped \\[not a link\\](x)");
        assert_eq!(plain_line("[ref](https://x.dev/__init__/p)"), "ref (https://x.dev/__init__/p)");
        assert_eq!(plain_line("a ``co`de`` b"), "a co`de b");
        assert_eq!(plain_line("[**bold** link](u)"), "bold link (u)");
        // Brackets that are no link stay as written.
        assert_eq!(plain_line("[a [b](c)"), "[a b (c)");
        for line in ["[x] done", "a [b] (c)", "f(a[0]) and [x](y"] {
            assert_eq!(plain_line(line), line, "{line}");
        }
        assert_eq!(plain_line("Not \\![an image](x)"), "Not \\!an image (x)");
    }

    #[test]
    fn plain_lines_drop_markdown() {
        assert_eq!(plain_line("## The Ask"), "The Ask");
        assert_eq!(plain_line("- **Cloud spend:** ~$220k/month"), "Cloud spend: ~$220k/month");
        // A list's number is shown; the body searched has it as spaces.
        assert_eq!(plain_line("1. **Measuring first** - x"), "1. Measuring first - x");
        assert_eq!(plain_line("   **Measuring first** - x"), "Measuring first - x");
        assert_eq!(plain_line("- 12. twelve"), "12. twelve");
        // Numbers that are not list markers stay.
        assert_eq!(plain_line("2024 was the year"), "2024 was the year");
        assert_eq!(plain_line("3.5x faster"), "3.5x faster");
        assert_eq!(plain_line(". a dot"), ". a dot");
    }

    /// A line whose word is split by what a snippet takes out of it
    /// (Markdown's emphasis and code marks, a control or an invisible
    /// character) is the snippet's line, though as written it does not hold
    /// the word: no line is passed over for that.
    #[test]
    fn a_word_split_by_what_is_taken_out_is_found_on_its_line() {
        let q = crate::query::search::parse("latency", crate::query::search::CaseMode::Smart, false).expect("q");
        for split in ["late**ncy**", "late__ncy__", "late`ncy`", "late\u{7}ncy", "late\u{200b}ncy"] {
            for end in ["\n", "\r\n"] {
                let body = format!("intro line{end}{split} here{end}latency later{end}");
                let found = snippet(&q, Field::Body, &body).expect("a snippet");
                assert_eq!(found.text, "latency here", "{split:?}");
            }
        }
        // The lines before it are passed over, as written; those with the
        // word, a mark or a character beyond ASCII are not.
        let mut lower = Vec::new();
        for line in ["intro line\n", "intro line\r\n", "- Intro line\n", "# intro"] {
            assert_eq!(q.terms_at_most(line, &mut lower), 0, "{line:?}");
        }
        for line in ["a Latency b\n", "late**ncy**\n", "caf\u{e9}\n", "a\tb\n", "a\rb\n"] {
            assert!(q.terms_at_most(line, &mut lower) > 0, "{line:?}");
        }
    }

    /// A body snippet is the line made plain; a summary's, Markdown that
    /// `show` renders, drops its inline marks; a title keeps its text.
    #[test]
    fn body_snippets_drop_markdown_summaries_their_inline_marks_and_titles_none() {
        let q = crate::query::search::parse("duckdb", crate::query::search::CaseMode::Smart, false).expect("q");
        let body = snippet(&q, Field::Body, "intro\n- **DuckDB** rocks\n").expect("a snippet");
        assert_eq!((body.text.as_str(), body.matches.as_slice()), ("DuckDB rocks", &[[0, 6]][..]));
        let summary = snippet(&q, Field::Summary, "- **DuckDB** rocks").expect("a snippet");
        assert_eq!(summary.text, "- DuckDB rocks");
        let title = snippet(&q, Field::Title, "**DuckDB** rocks").expect("a snippet");
        assert_eq!(title.text, "**DuckDB** rocks");
    }

    /// A line's inline Markdown as `show` prints it: emphasis of one mark,
    /// struck text, autolinks and footnote marks too; not what only looks
    /// so (`snake_case`, `a * b`, `2 < 3`).
    #[test]
    fn a_line_is_shown_without_its_inline_marks() {
        for (line, shown) in [
            ("for the *dashboard* and", "for the dashboard and"),
            ("an _underlined_ word", "an underlined word"),
            ("*a **b** c*", "a b c"),
            ("~~struck text~~ here", "struck text here"),
            ("see <https://example.org/x> now", "see https://example.org/x now"),
            ("note[^1] and [^big]", "note[1] and [big]"),
            ("[^1]: The footnote", "[1] The footnote"),
            ("a snake_case_name and my_var", "a snake_case_name and my_var"),
            ("a * b * c", "a * b * c"),
            ("2 < 3 and <not a link>", "2 < 3 and <not a link>"),
            ("an *open mark", "an *open mark"),
            ("snake_case then _emphasis_ here", "snake_case then emphasis here"),
        ] {
            assert_eq!(shown_inline(line), shown, "{line}");
        }
    }
}
