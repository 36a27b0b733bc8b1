//! Listings in every list format: items (`list`, `posts`), tags and domains.

use std::fmt::Write as _;

use super::json::{self, DomainJson, ItemJson, TagJson};
use super::table::{self, Column};
use super::{ListFormat, Look, csv};
use crate::content::{Item, Kind, domain};
use crate::error::Result;

/// Renders items in `format`.
pub fn items(items: &[&Item], format: ListFormat, look: Look) -> Result<String> {
    let mut out = String::new();
    match format {
        ListFormat::Table => {
            let with_domain = items.iter().any(|i| i.kind == Kind::Project);
            let mixed = items.iter().any(|i| i.kind == Kind::Post) && with_domain;
            // Tags give up width first, then the domain, the slug and the title.
            let mut columns = vec![Column::new("SLUG", 2, 24)];
            if mixed {
                columns.push(Column::new("KIND", 4, 7));
            }
            columns.push(Column::new("TITLE", 3, 20));
            if with_domain {
                columns.push(Column::new("DOMAIN", 1, 10));
            }
            columns.push(Column::new("TAGS", 0, 10));
            let rows: Vec<Vec<String>> = items
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
                    row
                })
                .collect();
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
            csv::record(
                &mut out,
                &["slug", "kind", "title", "subtitle", "summary", "domain", "tags", "period", "featured"],
            );
            for i in items {
                csv::record(
                    &mut out,
                    &[
                        i.slug.as_str(),
                        i.kind.as_str(),
                        &i.title,
                        i.subtitle.as_deref().unwrap_or(""),
                        &i.summary,
                        i.domain.as_deref().unwrap_or(""),
                        &i.tags.join(";"),
                        i.period.as_deref().unwrap_or(""),
                        if i.featured { "true" } else { "false" },
                    ],
                );
            }
        }
    }
    Ok(out)
}

/// Renders tag counts `(tag, projects, posts)` in `format`.
pub fn tags(tags: &[(String, usize, usize)], format: ListFormat, look: Look) -> Result<String> {
    let mut out = String::new();
    match format {
        ListFormat::Table => {
            let columns = [
                Column::new("TAG", 0, 12),
                Column::new("ITEMS", 1, 5),
                Column::new("PROJECTS", 1, 8),
                Column::new("POSTS", 1, 5),
            ];
            let rows: Vec<Vec<String>> = tags
                .iter()
                .map(|(t, p, q)| vec![t.clone(), (p + q).to_string(), p.to_string(), q.to_string()])
                .collect();
            out = table::render(&columns, &rows, look.width, look.color);
        }
        ListFormat::Plain => {
            for (t, p, q) in tags {
                let _ = writeln!(out, "{t}\t{}", p + q);
            }
        }
        ListFormat::Json | ListFormat::Ndjson => {
            let values: Vec<TagJson<'_>> =
                tags.iter().map(|(t, p, q)| TagJson { name: t, count: p + q, projects: *p, posts: *q }).collect();
            json::write_all(&mut out, &values, format == ListFormat::Ndjson)?;
        }
        ListFormat::Csv => {
            csv::record(&mut out, &["name", "count", "projects", "posts"]);
            for (t, p, q) in tags {
                csv::record(&mut out, &[t.clone(), (p + q).to_string(), p.to_string(), q.to_string()]);
            }
        }
    }
    Ok(out)
}

/// Renders domain counts `(domain, projects)` in `format`.
pub fn domains(domains: &[(&domain::Domain, usize)], format: ListFormat, look: Look) -> Result<String> {
    let mut out = String::new();
    match format {
        ListFormat::Table => {
            let columns = [Column::new("DOMAIN", 1, 10), Column::new("NAME", 0, 10), Column::new("PROJECTS", 1, 8)];
            let rows: Vec<Vec<String>> =
                domains.iter().map(|(d, n)| vec![d.slug.to_owned(), d.label.to_owned(), n.to_string()]).collect();
            out = table::render(&columns, &rows, look.width, look.color);
        }
        ListFormat::Plain => {
            for (d, n) in domains {
                let _ = writeln!(out, "{}\t{n}", d.slug);
            }
        }
        ListFormat::Json | ListFormat::Ndjson => {
            let values: Vec<DomainJson<'_>> =
                domains.iter().map(|(d, n)| DomainJson { name: d.slug, label: d.label, count: *n }).collect();
            json::write_all(&mut out, &values, format == ListFormat::Ndjson)?;
        }
        ListFormat::Csv => {
            csv::record(&mut out, &["name", "label", "count"]);
            for (d, n) in domains {
                csv::record(&mut out, &[d.slug.to_owned(), d.label.to_owned(), n.to_string()]);
            }
        }
    }
    Ok(out)
}
