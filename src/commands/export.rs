//! `dryga export`: the whole corpus with bodies, as JSON or NDJSON.

use super::Report;
use crate::cli::{ExportArgs, ExportFormat};
use crate::content::{Corpus, Item, Kind};
use crate::error::Result;
use crate::render::json::{self, ExportItem, ExportJson, ItemJson};

fn export_item(item: &Item) -> ExportItem<'_> {
    ExportItem { item: ItemJson::from(item), order: item.order, body: &item.body }
}

/// Runs `export`.
pub fn run(corpus: &Corpus, args: &ExportArgs) -> Result<Report> {
    let mut stdout = String::new();
    match if args.json { ExportFormat::Json } else { args.format } {
        ExportFormat::Json => {
            let value = ExportJson {
                profile: &corpus.profile,
                projects: corpus.of_kind(Kind::Project).map(export_item).collect(),
                posts: corpus.of_kind(Kind::Post).map(export_item).collect(),
            };
            stdout = json::to_string(&value, true);
            stdout.push('\n');
        }
        ExportFormat::Ndjson => {
            let items: Vec<ExportItem<'_>> = corpus.items.iter().map(export_item).collect();
            json::write_all(&mut stdout, &items, true);
        }
    }
    Ok(Report { stdout, notes: Vec::new(), found: true })
}
