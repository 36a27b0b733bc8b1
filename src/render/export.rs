//! The whole corpus with bodies, for scripts: one JSON document or NDJSON.

use super::ExportFormat;
use super::json::{self, ExportItem, ExportJson, ItemJson};
use crate::content::{Corpus, Item, Kind};
use crate::error::Result;

fn export_item(item: &Item) -> ExportItem<'_> {
    ExportItem {
        item: ItemJson::from(item),
        order: item.order,
        highlights: &item.highlights,
        awards: &item.awards,
        body: &item.body,
    }
}

/// Renders the corpus in `format`.
pub fn render(corpus: &Corpus, format: ExportFormat) -> Result<String> {
    match format {
        ExportFormat::Json => json::document(&ExportJson {
            profile: &corpus.profile,
            projects: corpus.of_kind(Kind::Project).map(export_item).collect(),
            posts: corpus.of_kind(Kind::Post).map(export_item).collect(),
        }),
        ExportFormat::Ndjson => {
            let mut out = String::new();
            let items: Vec<ExportItem<'_>> = corpus.items.iter().map(export_item).collect();
            json::write_all(&mut out, &items, true)?;
            Ok(out)
        }
    }
}
