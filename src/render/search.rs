//! Search hits as text (title, kind, domain, one highlighted snippet per field)
//! and as JSON or NDJSON.

use std::borrow::Cow;

use serde::Serialize;

use super::style;
use super::wrap::{Piece, paint, painted, wrap_into, wrap_into_whole, wrap_into_whole_from};
use super::{Look, SearchFormat, json};
use crate::content::{Kind, domain};
use crate::error::Result;
use crate::query::search::{Field, Hit, Snippet};
use crate::sanitize::clean_line;

/// A search hit in JSON.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct HitJson<'a> {
    /// The item's slug.
    pub slug: &'a str,
    /// `project` or `post`.
    pub kind: Kind,
    /// The item's title.
    pub title: &'a str,
    /// Relevance: higher is better; comparable within one search only.
    pub score: f64,
    /// One snippet per matching field, with byte spans of each match.
    pub snippets: &'a [Snippet],
    /// The words of the item that matched, lowercase as written in the text,
    /// after correction and stemming (`logs` matched `logging`). Since 1.1.
    pub matched: &'a [String],
}

impl<'a> HitJson<'a> {
    /// A hit as JSON.
    fn of(hit: &'a Hit<'_>) -> Self {
        HitJson {
            slug: &hit.item.slug,
            kind: hit.item.kind,
            title: &hit.item.title,
            score: hit.score,
            snippets: &hit.snippets,
            matched: &hit.matched,
        }
    }
}

/// The room a hit's text is given at first, in bytes.
const PART_ROOM: usize = 256;

/// Text output of at least this many hits is rendered on several threads.
const TEXT_PARALLEL_FROM: usize = 256;

/// Renders hits in `format`; `dryga` begins the commands text names (the
/// one that shows a hit's section: `dryga --content-dir DIR` over a folder).
pub fn hits(hits: &[Hit<'_>], format: SearchFormat, look: Look, dryga: &str) -> Result<String> {
    let mut out = String::new();
    match format {
        SearchFormat::Json | SearchFormat::Ndjson => {
            let values: Vec<HitJson<'_>> = hits.iter().map(HitJson::of).collect();
            json::write_all(&mut out, &values, format == SearchFormat::Ndjson)?;
        }
        SearchFormat::Text => out = text(hits, look, crate::parallel::threads(), dryga),
    }
    Ok(out)
}

/// One hit rendered in `format`, as [`pieces`] puts it with the others: a
/// search of thousands of hits renders each as it is made.
pub fn part(hit: &Hit<'_>, format: SearchFormat, look: Look, dryga: &str) -> Result<String> {
    Ok(match format {
        SearchFormat::Text => {
            // Room for most hits' text at once (200 bytes on average for a
            // common word's), then no room left unused: the part is held
            // until the last hit is written.
            let mut out = String::with_capacity(PART_ROOM);
            text_hit(&mut out, hit, look, dryga);
            out.shrink_to_fit();
            out
        }
        SearchFormat::Ndjson => {
            let mut line = json::to_string(&HitJson::of(hit), false)?;
            line.shrink_to_fit();
            line
        }
        SearchFormat::Json => indented(&json::to_string(&HitJson::of(hit), true)?),
    })
}

/// A pretty JSON document as an element of a pretty array: each line
/// indented one level (a JSON string holds no line break: every one is the
/// layout's), in a string of just its size (held until the last hit is written).
fn indented(json: &str) -> String {
    let lines = memchr::memchr_iter(b'\n', json.as_bytes()).count() + 1;
    let mut out = String::with_capacity(json.len() + 2 * lines);
    for (i, line) in json.split('\n').enumerate() {
        out.push_str(if i == 0 { "  " } else { "\n  " });
        out.push_str(line);
    }
    out
}

/// The hits' [`part`]s as the whole output, in pieces to write one after
/// another (the parts are not copied into one string): text with a blank
/// line between two hits, a JSON array, one JSON document a line.
pub fn pieces(parts: Vec<String>, format: SearchFormat) -> Vec<Cow<'static, str>> {
    let (start, between, end) = match format {
        SearchFormat::Text => ("", "\n", ""),
        SearchFormat::Ndjson => ("", "\n", "\n"),
        SearchFormat::Json if parts.is_empty() => ("[]\n", "", ""),
        SearchFormat::Json => ("[\n", ",\n", "\n]\n"),
    };
    let mut pieces = Vec::with_capacity(2 * parts.len() + 1);
    pieces.push(Cow::Borrowed(start));
    for (i, part) in parts.into_iter().enumerate() {
        if i > 0 {
            pieces.push(Cow::Borrowed(between));
        }
        pieces.push(Cow::Owned(part));
    }
    if pieces.len() > 1 {
        pieces.push(Cow::Borrowed(end));
    }
    pieces.retain(|piece| !piece.is_empty());
    pieces
}

/// Hits as text, a blank line between two. Thousands of them (a common
/// word) are rendered on `threads` threads, each a stretch of them, joined in order.
fn text(hits: &[Hit<'_>], look: Look, threads: usize, dryga: &str) -> String {
    let parts = crate::parallel::map_chunks(hits.iter().collect(), TEXT_PARALLEL_FROM, threads, |hits| {
        let mut out = String::new();
        for hit in hits {
            out.push('\n');
            text_hit(&mut out, hit, look, dryga);
        }
        out
    });
    // The first stretch grows into the whole (no second copy of the first).
    let mut parts = parts.into_iter();
    let mut out = parts.next().unwrap_or_default();
    if out.starts_with('\n') {
        // No blank line before the first hit.
        out.drain(..1);
    }
    let rest: Vec<String> = parts.collect();
    out.reserve(rest.iter().map(String::len).sum());
    for part in rest {
        out.push_str(&part);
    }
    out
}

/// One hit as text: the title with slug, kind and domain, then each snippet
/// under its field's name; a body snippet names its section and the command
/// that shows it, begun with `dryga` (`dryga --content-dir DIR` for a
/// folder's hits, so that pasted it reads the folder).
fn text_hit(out: &mut String, hit: &Hit<'_>, look: Look, dryga: &str) {
    let item = hit.item;
    // Put together by hand: `format!` was a twentieth of a common word's
    // warm search (thousands of hits, a few strings each).
    let (kind, domain) = (item.kind.as_str(), item.domain.as_deref().map(domain::label));
    let mut meta = String::with_capacity(item.slug.len() + kind.len() + domain.map_or(0, str::len) + 12);
    for part in [" (", &item.slug, ") · ", kind] {
        meta.push_str(part);
    }
    if let Some(d) = domain {
        meta.push_str(" · ");
        meta.push_str(d);
    }
    let head = [Piece::new(clean_line(&item.title), style::TITLE), Piece::new(meta, style::DIM)];
    // The slug whole, on a line of its own if it must: broken in two, it
    // cannot be copied into the next command. The title is broken where
    // it must be (in Chinese or Japanese, it has no space to wrap at).
    wrap_into_whole_from(out, &head, 1, (look.width, "", "  "), look.color);
    for snip in &hit.snippets {
        let label = label(snip.field);
        let first = if look.color { Cow::Owned(painted(style::DIM, label, true)) } else { Cow::Borrowed(label) };
        // Tags whole, as the slug: broken in two, a tag cannot be copied into `--tag`.
        let wrap_field = if snip.field == Field::Tags { wrap_into_whole } else { wrap_into };
        wrap_field(out, &highlight(snip), look.width, &first, UNDER_LABEL, look.color);
        if let Some(path) = &snip.section {
            let path = clean_line(path);
            let mut section = String::with_capacity(path.len() + 3);
            section.push_str("§ ");
            section.push_str(&path);
            wrap_into(out, &[Piece::new(section, style::DIM)], look.width, UNDER_LABEL, UNDER_SECTION, look.color);
            // The command that opens the section, on a line of its own,
            // wider than the width if it must (as a slug too long for its
            // line is): a command cut in two, or left out, cannot be copied.
            if let Some(name) = snip.open() {
                out.push_str(UNDER_SECTION);
                paint(out, style::DIM, &open_section(dryga, &item.slug, &name), look.color);
                out.push('\n');
            }
        }
    }
}

/// What a snippet's field is shown under: its name, two spaces in, in 8 columns.
fn label(field: Field) -> &'static str {
    match field {
        Field::Title => "  title   ",
        Field::Tags => "  tags    ",
        Field::Summary => "  summary ",
        Field::Body => "  body    ",
    }
}

/// The indent of a snippet's lines after the first: as wide as a [`label`].
const UNDER_LABEL: &str = "          ";

/// The indent of a snippet's section: two columns more.
const UNDER_SECTION: &str = "            ";

/// `dryga show SLUG --section NAME`, begun with `dryga`.
fn open_section(dryga: &str, slug: &str, name: &str) -> String {
    let command = format!("{dryga} show {} {}", super::shell_quote(slug), super::shell_option("--section", name));
    // Copied again only when there is something to take out.
    if matches!(clean_line(&command), Cow::Borrowed(_)) { command } else { clean_line(&command).into_owned() }
}

/// The snippet as pieces, matches in the match style.
fn highlight(snip: &Snippet) -> Vec<Piece<'_>> {
    let mut pieces = Vec::new();
    let mut at = 0;
    for &[start, end] in &snip.matches {
        if start > at {
            pieces.push(Piece::new(&snip.text[at..start], anstyle::Style::new()));
        }
        pieces.push(Piece::new(&snip.text[start..end], style::MATCH));
        at = end;
    }
    if at < snip.text.len() {
        pieces.push(Piece::new(&snip.text[at..], anstyle::Style::new()));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::{Look, TEXT_PARALLEL_FROM, text, text_hit};
    use crate::content::model::Item;
    use crate::query::search::{CaseMode, Hit, Options, parse, search};

    /// The hits of `latency` (a common word of generated items), on one thread.
    fn latency_hits<'a>(items: &[&'a Item]) -> Vec<Hit<'a>> {
        let query = parse("latency", CaseMode::Smart, false).expect("a query");
        search(items, &query, Options { threads: 1, ..Options::default() })
    }

    /// A field's label is its name two spaces in, in 8 columns, and the
    /// indents under it are as wide as it, then two columns more.
    #[test]
    fn labels_and_indents_line_up() {
        use super::{UNDER_LABEL, UNDER_SECTION, label};
        for field in crate::query::search::FIELDS {
            assert_eq!(label(field), format!("  {:<8}", field.as_str()));
            assert_eq!(UNDER_LABEL, " ".repeat(label(field).len()));
        }
        assert_eq!(UNDER_SECTION, format!("{UNDER_LABEL}  "));
    }

    /// A search's hits rendered one by one and put together in pieces read
    /// as all of them rendered at once: the JSON array serde writes, one
    /// document a line, text with a blank line between two hits; for no hit,
    /// an empty array and nothing.
    #[test]
    fn hits_in_pieces_read_as_hits_rendered_whole() {
        use super::{HitJson, SearchFormat, part, pieces};
        let items = crate::synth::items(60, 3);
        let items: Vec<_> = items.iter().collect();
        let hits = latency_hits(&items);
        assert!(hits.len() > 3, "{} hits", hits.len());
        let look = Look { color: false, width: 72 };
        for hits in [&hits[..], &hits[..1], &[]] {
            let values: Vec<HitJson<'_>> = hits.iter().map(HitJson::of).collect();
            let mut json = String::new();
            crate::render::json::write_all(&mut json, &values, false).expect("JSON");
            let mut ndjson = String::new();
            crate::render::json::write_all(&mut ndjson, &values, true).expect("NDJSON");
            for (format, whole) in [
                (SearchFormat::Json, json),
                (SearchFormat::Ndjson, ndjson),
                (SearchFormat::Text, text(hits, look, 1, "dryga")),
            ] {
                let parts =
                    hits.iter().map(|h| part(h, format, look, "dryga")).collect::<crate::error::Result<Vec<_>>>();
                assert_eq!(pieces(parts.expect("parts"), format).concat(), whole, "{format:?}, {} hits", hits.len());
            }
        }
    }

    /// Hits rendered on several threads are the hits rendered one by one, in
    /// rank order, a blank line between two and none before the first.
    #[test]
    fn many_hits_on_several_threads_read_as_one_by_one() {
        let items = crate::synth::items(900, 3);
        let items: Vec<_> = items.iter().collect();
        let hits = latency_hits(&items);
        assert!(hits.len() > 2 * TEXT_PARALLEL_FROM, "{} hits: too few to split", hits.len());
        for color in [false, true] {
            let look = Look { color, width: 72 };
            let one_by_one: Vec<String> = hits
                .iter()
                .map(|hit| {
                    let mut out = String::new();
                    text_hit(&mut out, hit, look, "dryga");
                    out
                })
                .collect();
            let expected = one_by_one.join("\n");
            for threads in [1, 2, 3] {
                assert_eq!(text(&hits, look, threads, "dryga"), expected, "{threads} threads, color {color}");
            }
        }
        assert_eq!(text(&[], Look { color: false, width: 72 }, 2, "dryga"), "");
    }

    /// The command that opens a hit's section begins as the run's commands
    /// do (`--content-dir` named the bundled content's item), its section
    /// quoted, after `=` when it starts with a dash (clap takes `--section
    /// -x`'s `-x` for an option).
    #[test]
    fn the_command_that_opens_a_section_reads_the_same_content() {
        use super::open_section;
        let dryga = "dryga --content-dir 'my folder'";
        assert_eq!(open_section("dryga", "blitz", "DataBricks"), "dryga show blitz --section DataBricks");
        assert_eq!(
            open_section(dryga, "blitz", "the numbers"),
            "dryga --content-dir 'my folder' show blitz --section 'the numbers'"
        );
        assert_eq!(open_section("dryga", "x", "--verbose flag"), "dryga show x --section='--verbose flag'");
    }
}
