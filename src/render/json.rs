//! The JSON output contract: serde structs for every JSON shape dryga prints.

use schemars::JsonSchema;
use serde::Serialize;

use crate::content::{Item, Kind};
use crate::error::{Error, Result};

/// An item as `list` and `search` print it. Optional fields are `null` or `[]`, never missing.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ItemJson<'a> {
    /// Unique identifier.
    pub slug: &'a str,
    /// `project` or `post`.
    pub kind: Kind,
    /// Title without subtitle.
    pub title: &'a str,
    /// Subtitle, or null.
    pub subtitle: Option<&'a str>,
    /// One-line description.
    pub summary: &'a str,
    /// Domain slug (projects), or null.
    pub domain: Option<&'a str>,
    /// Tags, lowercase kebab-case.
    pub tags: &'a [String],
    /// Period, where the portfolio states one, or null.
    pub period: Option<&'a str>,
    /// Whether the site features the item.
    pub featured: bool,
}

impl<'a> From<&'a Item> for ItemJson<'a> {
    fn from(item: &'a Item) -> Self {
        ItemJson {
            slug: &item.slug,
            kind: item.kind,
            title: &item.title,
            subtitle: item.subtitle.as_deref(),
            summary: &item.summary,
            domain: item.domain.as_deref(),
            tags: &item.tags,
            period: item.period.as_deref(),
            featured: item.featured,
        }
    }
}

/// An item as `show` prints it: the list fields, the Markdown body and the rendered text.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ShowJson<'a> {
    /// The list fields.
    #[serde(flatten)]
    pub item: ItemJson<'a>,
    /// The Markdown body, as in the source file.
    pub body: &'a str,
    /// The item as `show` prints it as text, without colour, at the output
    /// width: its header (title, subtitle, kind and meta, tags; the section's
    /// path with `--section`), then its body rendered.
    pub text: String,
    /// With `--section`: the heading path of the section shown (then `body`
    /// and `text` are that section's); null for the whole item. Since 1.1.
    pub section: Option<&'a str>,
}

/// A tag and how many items carry it (`dryga tags`).
#[derive(Debug, Serialize, JsonSchema)]
pub struct TagJson<'a> {
    /// The tag.
    pub name: &'a str,
    /// Items carrying it.
    pub count: usize,
    /// Projects carrying it.
    pub projects: usize,
    /// Posts carrying it.
    pub posts: usize,
}

/// A domain and how many projects it holds (`dryga domains`).
#[derive(Debug, Serialize, JsonSchema)]
pub struct DomainJson<'a> {
    /// The domain slug.
    pub name: &'a str,
    /// Its display name.
    pub label: &'a str,
    /// Projects in it.
    pub count: usize,
}

/// An item as `export` prints it: the list fields, its position and the Markdown body.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ExportItem<'a> {
    /// The list fields.
    #[serde(flatten)]
    pub item: ItemJson<'a>,
    /// Position in the site's order, within its kind.
    pub order: u32,
    /// Concrete achievements the body states (projects; `[]` when none). Since 1.2.
    pub highlights: &'a [String],
    /// Awards the text states (projects; `[]` when none). Since 1.2.
    pub awards: &'a [crate::content::Award],
    /// The Markdown body, as in the source file.
    pub body: &'a str,
}

/// The whole corpus, as `export --format json` prints it.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ExportJson<'a> {
    /// The person.
    pub profile: &'a crate::content::Profile,
    /// Every project, in site order.
    pub projects: Vec<ExportItem<'a>>,
    /// Every post, in site order.
    pub posts: Vec<ExportItem<'a>>,
}

/// The result of `check --format json`.
#[derive(Debug, Serialize, JsonSchema)]
pub struct CheckJson<'a> {
    /// The folder checked (`content/` for the bundled content).
    pub content: &'a str,
    /// How many files were read.
    pub files: usize,
    /// How many problems are errors.
    pub errors: usize,
    /// How many problems are warnings.
    pub warnings: usize,
    /// Every problem, by file, line and column.
    pub problems: &'a [crate::content::Problem],
}

/// Serialises `values` as one pretty JSON array, or one compact object a line.
pub fn write_all<T: Serialize>(out: &mut String, values: &[T], ndjson: bool) -> Result<()> {
    if ndjson {
        for v in values {
            out.push_str(&to_string(v, false)?);
            out.push('\n');
        }
    } else {
        out.push_str(&to_string(&values, true)?);
        out.push('\n');
    }
    Ok(())
}

/// Serialises one value; a failure is an error, never a document that says so.
pub fn to_string<T: Serialize + ?Sized>(value: &T, pretty: bool) -> Result<String> {
    let result = if pretty { serde_json::to_string_pretty(value) } else { serde_json::to_string(value) };
    result.map_err(|source| Error::Json { source })
}

/// Like [`to_string`] (pretty), ended by a newline: one document for stdout.
pub fn document<T: Serialize + ?Sized>(value: &T) -> Result<String> {
    let mut out = to_string(value, true)?;
    out.push('\n');
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A value serde cannot write: a map with non-string keys.
    #[test]
    fn a_failure_to_serialise_is_an_error() {
        let bad: std::collections::BTreeMap<Vec<u8>, u8> = [(vec![1], 1)].into();
        assert!(matches!(to_string(&bad, true), Err(Error::Json { .. })));
        assert_eq!(document(&[1, 2]).ok().as_deref(), Some("[\n  1,\n  2\n]\n"));
    }
}
