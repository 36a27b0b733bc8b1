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
        let mut text = self.raw_text(item, body);
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
    pub(super) fn raw_text<'t>(self, item: &'t Item, body: &'t str) -> Cow<'t, str> {
        match self {
            Field::Title => match &item.subtitle {
                Some(_) => item.full_title().into(),
                None => item.title.as_str().into(),
            },
            Field::Tags => item.tags.join(", ").into(),
            Field::Summary => crate::sanitize::without_comments(&item.summary),
            // Most bodies repeat the summary: count and show that text once.
            Field::Body if body.trim() == item.summary.trim() => "".into(),
            Field::Body => without_list_numbers(crate::sanitize::without_comments(body)),
        }
    }
}

/// `body` with the number and dot of each line that opens an ordered list
/// item ([`super::snippet::block_markers`]) as spaces, byte for byte in
/// place; borrowed when there is none.
fn without_list_numbers(body: Cow<'_, str>) -> Cow<'_, str> {
    let mut spans = Vec::new();
    let mut offset = 0;
    for line in crate::lines::inclusive(&body) {
        // Only a line that opens with a digit, after its markers, has one.
        if line.bytes().take(16).any(|b| b.is_ascii_digit()) {
            if let (_, Some(number)) = super::snippet::block_markers(line) {
                spans.push(offset + number.start..offset + number.end);
            }
        }
        offset += line.len();
    }
    if spans.is_empty() {
        return body;
    }
    let mut bytes = body.into_owned().into_bytes();
    for span in spans {
        bytes[span].fill(b' ');
    }
    // Only ASCII digits and dots were put as spaces: still UTF-8.
    Cow::Owned(String::from_utf8(bytes).unwrap_or_default())
}
