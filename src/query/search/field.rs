//! The searchable fields of an item, their boosts and their text.

use std::borrow::Cow;

use serde::Serialize;

use crate::content::Item;

/// A searchable field of an item, in order of importance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    /// Title and subtitle.
    Title,
    /// Tags, joined by ", ".
    Tags,
    /// The one-line summary.
    Summary,
    /// The Markdown body.
    Body,
}

/// Every field, in order.
pub const FIELDS: [Field; 4] = [Field::Title, Field::Tags, Field::Summary, Field::Body];

impl Field {
    /// How much a hit in this field counts.
    pub(super) fn boost(self) -> f64 {
        match self {
            Field::Title => 8.0,
            Field::Tags => 4.0,
            Field::Summary => 2.0,
            Field::Body => 1.0,
        }
    }

    /// The field's name in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Tags => "tags",
            Field::Summary => "summary",
            Field::Body => "body",
        }
    }

    /// The field's text in `item`.
    pub(super) fn text(self, item: &Item) -> Cow<'_, str> {
        self.text_with(item, &item.body)
    }

    /// The field's text in `item` with `body` as its body (an index reads
    /// bodies apart from the items), as it is shown: without the escape
    /// sequences, control characters and invisible characters (a soft
    /// hyphen, a zero-width space) that no output prints
    /// ([`crate::sanitize::clean_searched`]). A search matches what the user
    /// reads: `Kuber\u{AD}netes` is the word "Kubernetes" it shows, found by
    /// `kubernetes`, not `netes`, and every hit has a snippet that shows
    /// its match.
    /// The summary and the body, which `show` renders as Markdown, are
    /// also read with their character references as the characters they
    /// show (`caf&eacute;` is "café", `&nbsp;` no word:
    /// [`crate::sanitize::shown_references`]).
    pub(super) fn text_with<'t>(self, item: &'t Item, body: &'t str) -> Cow<'t, str> {
        self.text_as(item, body, Read::Words)
    }

    /// [`Field::text_with`] as a query of `read` reads it.
    pub(super) fn text_as<'t>(self, item: &'t Item, body: &'t str, read: Read) -> Cow<'t, str> {
        let mut text = self.raw_text_as(item, body, read);
        if self.is_markdown() {
            if let Cow::Owned(shown) = crate::sanitize::shown_references(&text) {
                text = Cow::Owned(shown);
            }
        }
        let cleaned = match crate::sanitize::clean_searched(&text) {
            Cow::Owned(cleaned) => Some(cleaned),
            Cow::Borrowed(_) => None,
        };
        cleaned.map_or(text, Cow::Owned)
    }

    /// Whether the field is Markdown, as `show` renders it: the summary
    /// and the body.
    pub(super) fn is_markdown(self) -> bool {
        matches!(self, Field::Summary | Field::Body)
    }

    /// The field's text as written, but for the HTML comments of the
    /// summary and the body and the inline tags `show` leaves out for the
    /// text they mark, which it never prints, and the numbers of
    /// the body's ordered lists, which it prints as a list's, not as words
    /// (`2` found "2. **Removing before adding**"): spaces in place, a
    /// number's dot a bullet's `-`, so that its item is still one
    /// ([`crate::sanitize::without_hidden_html`], [`without_list_numbers`]).
    /// A regex ([`Read::Regex`]) reads the numbers of ordered lists and
    /// the inline tags as written (`-e '^1\. '` finds the first items,
    /// `-e '<kbd>'` a tag), as it reads any other Markdown.
    pub(super) fn raw_text_as<'t>(self, item: &'t Item, body: &'t str, read: Read) -> Cow<'t, str> {
        match self {
            Field::Title => match &item.subtitle {
                Some(_) => item.full_title().into(),
                None => item.title.as_str().into(),
            },
            Field::Tags => item.tags.join(", ").into(),
            Field::Summary if read == Read::Regex => crate::sanitize::without_comments(&item.summary),
            Field::Summary => crate::sanitize::without_hidden_html(&item.summary),
            // Most bodies repeat the summary: count and show that text once.
            Field::Body if body.trim() == item.summary.trim() => "".into(),
            Field::Body if read == Read::Regex => crate::sanitize::without_comments(body),
            Field::Body => without_list_numbers(crate::sanitize::without_hidden_html(body)),
        }
    }
}

/// The bytes of the number and dot that open each item of an ordered
/// list in `body`, as `show` reads one (`CommonMark`), in one pass over
/// its lines: a line whose block markers end in a number of nine digits
/// at most (`1.`, `123456789.`) and a space
/// ([`super::snippet::block_markers`]), after a blank line, a
/// heading, a fence or another item, or with `1.` within a paragraph (the
/// only number that starts a list there); not inside fenced code, nor
/// indented code outside a list. `We launched in` then `2024. It went
/// well` is a paragraph, its year a word.
fn list_numbers(body: &str) -> Vec<std::ops::Range<usize>> {
    let mut spans = Vec::new();
    let mut offset = 0;
    // The open fence's character and length; whether a block starts at
    // the next line; whether the lines are a list's.
    let mut fence: Option<(u8, usize)> = None;
    let (mut block_starts, mut in_list) = (true, false);
    for line in crate::lines::inclusive(body) {
        let at = offset;
        offset += line.len();
        let text = line.trim_end();
        let rest = text.trim_start_matches([' ', '\t']);
        let indent: usize = text[..text.len() - rest.len()].bytes().map(|b| if b == b'\t' { 4 } else { 1 }).sum();
        let run = |mark: u8| rest.bytes().take_while(|&b| b == mark).count();
        if let Some((mark, len)) = fence {
            if indent < 4 && run(mark) >= len && rest[run(mark)..].trim().is_empty() {
                fence = None;
                block_starts = true;
            }
            continue;
        }
        let Some(&first) = rest.as_bytes().first() else {
            block_starts = true;
            continue;
        };
        // Most lines start with a letter: a paragraph's, no fence, heading,
        // quote or item (told first: a line read whole cost a search of the
        // bundled content a tenth of its instructions).
        if !matches!(first, b'0'..=b'9' | b'#' | b'>' | b'-' | b'*' | b'+' | b'`' | b'~') {
            if block_starts && indent == 0 {
                in_list = false;
            }
            block_starts = false;
            continue;
        }
        if let Some(mark) = [b'`', b'~'].into_iter().find(|&m| indent < 4 && run(m) >= 3) {
            fence = Some((mark, run(mark)));
            continue;
        }
        if indent >= 4 && !in_list {
            block_starts = false;
            continue;
        }
        if rest.starts_with('#') {
            block_starts = true;
            continue;
        }
        match super::snippet::block_markers(line) {
            (_, Some(number)) if number.len() <= 10 && (block_starts || in_list || &line[number.clone()] == "1.") => {
                spans.push(at + number.start..at + number.end);
                in_list = true;
            }
            _ if ["- ", "* ", "+ "].iter().any(|b| rest.trim_start_matches(['>', ' ']).starts_with(b)) => {
                in_list = true;
            }
            // A paragraph after a blank line, not indented: the list has ended.
            _ if block_starts && indent == 0 => in_list = false,
            _ => {}
        }
        block_starts = false;
    }
    spans
}

/// How a query reads a field's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Read {
    /// Its words, as `show` prints them.
    Words,
    /// As written, for a regex (but for what `show` never prints).
    Regex,
}

impl Read {
    /// How `query` reads a text.
    pub(super) fn of(query: &super::Query) -> Read {
        if query.is_regex() { Read::Regex } else { Read::Words }
    }
}

/// `body` with the number and dot of each ordered list item's
/// ([`list_numbers`]) as spaces and a bullet's `-` (`12.` as ` -`), byte
/// for byte in place; borrowed when there is none.
fn without_list_numbers(body: Cow<'_, str>) -> Cow<'_, str> {
    let bytes = body.as_bytes();
    // Each number's dot has a digit before it and a space after: most
    // bodies have none, told by one pass over their dots (a pass over
    // every line took 6% of a common word's warm search).
    let numbered = memchr::memchr_iter(b'.', bytes)
        .any(|dot| dot > 0 && bytes[dot - 1].is_ascii_digit() && bytes.get(dot + 1) == Some(&b' '));
    if !numbered {
        return body;
    }
    let spans = list_numbers(&body);
    if spans.is_empty() {
        return body;
    }
    // Copied piece by piece, each number as as many spaces but its dot, a
    // bullet's `-`: no word, an item still (not checked again as UTF-8
    // whole: a long body's copy took twice as long). A phrase stops at an
    // item as at a bullet's ([`super::query::in_two_blocks`]).
    let mut out = String::with_capacity(body.len());
    let mut from = 0;
    for span in spans {
        out.push_str(&body[from..span.start]);
        out.extend(std::iter::repeat_n(' ', span.len().saturating_sub(1)));
        out.push('-');
        from = span.end;
    }
    out.push_str(&body[from..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The numbers `show` prints as a list's, and those it prints as text.
    #[test]
    fn a_list_s_numbers_are_those_that_open_its_items() {
        let numbers = |body: &str| list_numbers(body).into_iter().map(|r| body[r].to_owned()).collect::<Vec<_>>();
        assert_eq!(numbers("1. a\n2. b\n   10. nested\n"), ["1.", "2.", "10."]);
        assert_eq!(numbers("Steps:\n1. a\n2. b\n"), ["1.", "2."], "1. starts a list within a paragraph");
        assert!(numbers("We launched in\n2024. It went well\n").is_empty(), "another number does not");
        assert_eq!(numbers("Text.\r\n\r\n3. a\r\n> 4. quoted\r\n"), ["3.", "4."]);
        assert!(numbers("```\n1. code\n```\n\n~~~~\n2. code\n~~~~\n").is_empty(), "fenced code");
        assert!(numbers("Text.\n\n    1. indented code\n\t2. tabbed code\n").is_empty(), "indented code");
        assert_eq!(numbers("# Title\n2. after a heading\n"), ["2."]);
        assert!(numbers("1234567890. ten digits\n").is_empty(), "at most nine");
        assert_eq!(numbers("- a\n- b\n\n2. c\n"), ["2."]);
    }
}
