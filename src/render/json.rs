//! The JSON output contract: serde structs for every JSON shape dryga prints.

use schemars::JsonSchema;
use serde::Serialize;

use crate::content::{Item, Kind};

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
    /// The body rendered as plain text at the output width.
    pub text: String,
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
pub fn write_all<T: Serialize>(out: &mut String, values: &[T], ndjson: bool) {
    if ndjson {
        for v in values {
            out.push_str(&to_string(v, false));
            out.push('\n');
        }
    } else {
        out.push_str(&to_string(&values, true));
        out.push('\n');
    }
}

/// Serialises one value.
pub fn to_string<T: Serialize + ?Sized>(value: &T, pretty: bool) -> String {
    let result = if pretty { serde_json::to_string_pretty(value) } else { serde_json::to_string(value) };
    // Our JSON types are plain structs of strings, numbers, bools and vectors with
    // string keys: serde_json cannot fail on them.
    result.unwrap_or_else(|e| serde_json::json!({ "error": e.to_string() }).to_string())
}
