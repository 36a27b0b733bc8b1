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
    /// summary and the body, which `show` never prints, and the numbers of
    /// the body's ordered lists, which it prints as a list's, not as words
    /// (`2` found "2. **Removing before adding**"): spaces, in place
    /// ([`crate::sanitize::without_comments`], [`without_list_numbers`]).
    /// A regex ([`Read::Regex`]) reads the numbers of ordered lists as
    /// written (`-e '^1\. '` finds the first items), as it reads any other
    /// Markdown.
    pub(super) fn raw_text_as<'t>(self, item: &'t Item, body: &'t str, read: Read) -> Cow<'t, str> {
        match self {
            Field::Title => match &item.subtitle {
                Some(_) => item.full_title().into(),
                None => item.title.as_str().into(),
            },
            Field::Tags => item.tags.join(", ").into(),
            Field::Summary => crate::sanitize::without_comments(&item.summary),
            // Most bodies repeat the summary: count and show that text once.
            Field::Body if body.trim() == item.summary.trim() => "".into(),
            Field::Body if read == Read::Regex => crate::sanitize::without_comments(body),
            Field::Body => without_list_numbers(crate::sanitize::without_comments(body)),
        }
    }
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

/// `body` with the number and dot of each line that opens an ordered list
/// item ([`super::snippet::block_markers`]) as spaces, byte for byte in
/// place; borrowed when there is none.
fn without_list_numbers(body: Cow<'_, str>) -> Cow<'_, str> {
    let bytes = body.as_bytes();
    let mut spans = Vec::new();
    // Each number's dot has a digit before it and a space after: most dots
    // end sentences, and are passed over at that (a pass over every line
    // took 6% of a common word's warm search).
    for dot in memchr::memchr_iter(b'.', bytes) {
        if dot == 0 || !bytes[dot - 1].is_ascii_digit() || bytes.get(dot + 1) != Some(&b' ') {
            continue;
        }
        let start = memchr::memrchr(b'\n', &bytes[..dot]).map_or(0, |n| n + 1);
        let end = memchr::memchr(b'\n', &bytes[dot..]).map_or(bytes.len(), |n| dot + n);
        // The line's own number, and this dot its end.
        if let (_, Some(number)) = super::snippet::block_markers(&body[start..end]) {
            if start + number.end == dot + 1 {
                spans.push(start + number.start..start + number.end);
            }
        }
    }
    if spans.is_empty() {
        return body;
    }
    // Copied piece by piece, each number as as many spaces (not checked
    // again as UTF-8 whole: a long body's copy took twice as long).
    let mut out = String::with_capacity(body.len());
    let mut from = 0;
    for span in spans {
        out.push_str(&body[from..span.start]);
        out.extend(std::iter::repeat_n(' ', span.len()));
        from = span.end;
    }
    out.push_str(&body[from..]);
    Cow::Owned(out)
}
