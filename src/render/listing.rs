//! Listings in every list format: items (`list`, `posts`), tags and domains.
//! Tables come from [`super::table`]: the slug or tag, the key a user copies,
//! is never cut.

use std::fmt::Write as _;

use super::json::{self, DomainJson, ItemJson, TagJson};
use super::table::{self, Column, Fit};
use super::{ListFormat, Look, csv};
use crate::content::{Item, Kind, domain};
use crate::error::Result;

/// From this width on, an item table has room for the one-line summary…
pub const SUMMARY_FROM: usize = 120;
/// …of at least this many columns, more when the other columns leave more.
const SUMMARY_MIN: usize = 24;
/// The widest a title column gets (longer titles wrap).
const TITLE_MAX: usize = 40;
/// The most lines a title wraps to in a table: a title column too narrow
/// for that (or for a title's longest word) is unreadable, and the items
/// are shown as blocks, each title on its own line.
const TITLE_LINES: usize = 3;
/// The widest a tags column gets (more tags are counted: `+N`), up to a
/// width of 144 columns; a quarter of a wider one (at 1,000 columns, 250:
/// `elixir, erlang, oban, ets, +26` was all a wide terminal showed of Blitz).
const TAGS_MAX: usize = 36;

/// The columns of an item table, and each item's cells in them.
fn item_table(items: &[&Item], width: usize) -> (Vec<Column>, Vec<Vec<String>>) {
    let with_domain = items.iter().any(|i| i.kind == Kind::Project);
    let mixed = items.iter().any(|i| i.kind == Kind::Post) && with_domain;
    let summary = width >= SUMMARY_FROM;
    // The tags give way first (whole tags and a count, then none), then the
    // summary (which takes the room left), the domain, the kind, and last the
    // title, which wraps, in at most TITLE_LINES lines, or the table is blocks.
    let mut columns = vec![Column::key("SLUG")];
    if mixed {
        columns.push(Column::new("KIND", Fit::Short, 0, usize::MAX, 3));
    }
    columns.push(Column::new("TITLE", Fit::Wrap, 12, TITLE_MAX, 4).in_lines(TITLE_LINES));
    if with_domain {
        columns.push(Column::new("DOMAIN", Fit::Short, 0, usize::MAX, 2));
    }
    columns.push(Column::new("TAGS", Fit::Items, 14, TAGS_MAX.max(width / 4), 0));
    if summary {
        columns.push(Column::new("SUMMARY", Fit::Clip, SUMMARY_MIN, usize::MAX, 1));
    }
    let rows = items
        .iter()
        .map(|i| {
            let mut row = vec![i.slug.clone()];
            if mixed {
                row.push(i.kind.as_str().to_owned());
            }
            row.push(i.title.clone());
            if with_domain {
                row.push(i.domain.as_deref().map_or("", domain::label).to_owned());
            }
            row.push(i.tags.join(", "));
            if summary {
                row.push(i.summary.clone());
            }
            row
        })
        .collect();
    (columns, rows)
}

/// Renders items in `format`.
pub fn items(items: &[&Item], format: ListFormat, look: Look) -> Result<String> {
    let mut out = String::new();
    match format {
        ListFormat::Table => {
            let (columns, rows) = item_table(items, look.width);
            out = table::render(&columns, &rows, look.width, look.color);
        }
        ListFormat::Plain => {
            for i in items {
                out.push_str(&i.slug);
                out.push('\n');
            }
        }
        ListFormat::Json | ListFormat::Ndjson => {
            let values: Vec<ItemJson<'_>> = items.iter().map(|i| ItemJson::from(*i)).collect();
            json::write_all(&mut out, &values, format == ListFormat::Ndjson)?;
        }
        ListFormat::Csv => {
            let header = ["slug", "kind", "title", "subtitle", "summary", "domain", "tags", "period", "featured"];
            out = csv::document(
                &header,
                items.iter().map(|i| {
                    vec![
                        i.slug.clone(),
                        i.kind.as_str().to_owned(),
                        i.title.clone(),
                        i.subtitle.clone().unwrap_or_default(),
                        i.summary.clone(),
                        i.domain.clone().unwrap_or_default(),
                        i.tags.join(";"),
                        i.period.clone().unwrap_or_default(),
                        i.featured.to_string(),
                    ]
                }),
            )?;
        }
    }
    Ok(out)
}

/// Renders tag counts `(tag, projects, posts)` in `format`.
pub fn tags(tags: &[(String, usize, usize)], format: ListFormat, look: Look) -> Result<String> {
    let mut out = String::new();
    let counts =
        |(t, p, q): &(String, usize, usize)| vec![t.clone(), (p + q).to_string(), p.to_string(), q.to_string()];
    match format {
        ListFormat::Table => {
            let columns = [
                Column::key("TAG"),
                // What `tags` is for: blocks, rather than a table of tags without it.
                Column::kept_count("ITEMS"),
                Column::count("PROJECTS", 1),
                Column::count("POSTS", 0),
            ];
            let rows: Vec<Vec<String>> = tags.iter().map(counts).collect();
            out = table::render(&columns, &rows, look.width, look.color);
        }
        // One name a line, as `--help` says and a `while read` loop wants
        // (`elixir<TAB>11` was read as a tag of that name); counts are the other formats'.
        ListFormat::Plain => {
            for (t, _, _) in tags {
                let _ = writeln!(out, "{t}");
            }
        }
        ListFormat::Json | ListFormat::Ndjson => {
            let values: Vec<TagJson<'_>> =
                tags.iter().map(|(t, p, q)| TagJson { name: t, count: p + q, projects: *p, posts: *q }).collect();
            json::write_all(&mut out, &values, format == ListFormat::Ndjson)?;
        }
        ListFormat::Csv => out = csv::document(&["name", "count", "projects", "posts"], tags.iter().map(counts))?,
    }
    Ok(out)
}

/// Renders domain counts `(domain, projects)` in `format`.
pub fn domains(domains: &[(&domain::Domain, usize)], format: ListFormat, look: Look) -> Result<String> {
    let mut out = String::new();
    let cells = |(d, n): &(&domain::Domain, usize)| vec![d.slug.to_owned(), d.label.to_owned(), n.to_string()];
    match format {
        ListFormat::Table => {
            let columns = [
                Column::key("DOMAIN"),
                Column::new("LABEL", Fit::Short, 0, usize::MAX, 0),
                Column::kept_count("PROJECTS"),
            ];
            let rows: Vec<Vec<String>> = domains.iter().map(cells).collect();
            out = table::render(&columns, &rows, look.width, look.color);
        }
        ListFormat::Plain => {
            for (d, _) in domains {
                let _ = writeln!(out, "{}", d.slug);
            }
        }
        ListFormat::Json | ListFormat::Ndjson => {
            let values: Vec<DomainJson<'_>> =
                domains.iter().map(|(d, n)| DomainJson { name: d.slug, label: d.label, count: *n }).collect();
            json::write_all(&mut out, &values, format == ListFormat::Ndjson)?;
        }
        ListFormat::Csv => out = csv::document(&["name", "label", "count"], domains.iter().map(cells))?,
    }
    Ok(out)
}
