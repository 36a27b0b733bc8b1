//! `dryga schema`: the JSON Schema of each command's JSON output, generated
//! from the very types that produce it (schemars), so the two cannot drift.

use schemars::{Schema, schema_for};

use super::Report;
use crate::cli::SchemaName;
use crate::error::Result;
use crate::render::json::{CheckJson, DomainJson, ExportJson, ItemJson, ShowJson, TagJson};
use crate::render::search::HitJson;

/// The version of the JSON output contract: within a major version, fields are only added.
pub const SCHEMA_VERSION: &str = "1.2";

/// Marks every property of every object as required: our JSON types never skip
/// a field (optional ones are `null` or `[]`), and the schema says so.
fn require_all(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            if let Some(serde_json::Value::Object(props)) = map.get("properties") {
                let keys: Vec<serde_json::Value> = props.keys().cloned().map(Into::into).collect();
                map.insert("required".to_owned(), keys.into());
            }
            map.values_mut().for_each(require_all);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(require_all),
        _ => {}
    }
}

fn annotated(schema: Schema, title: &str) -> serde_json::Value {
    let mut value = schema.to_value();
    require_all(&mut value);
    if let Some(map) = value.as_object_mut() {
        map.insert("title".to_owned(), format!("dryga {title}").into());
        map.insert(
            "$comment".to_owned(),
            format!("dryga JSON output contract {SCHEMA_VERSION}: within a major version fields are only added").into(),
        );
    }
    value
}

/// The schema of one command's JSON output.
pub fn schema(name: SchemaName) -> serde_json::Value {
    match name {
        SchemaName::List => annotated(schema_for!(Vec<ItemJson<'_>>), "list --json"),
        SchemaName::Show => annotated(schema_for!(ShowJson<'_>), "show --json"),
        SchemaName::Search => annotated(schema_for!(Vec<HitJson<'_>>), "search --json"),
        SchemaName::Export => annotated(schema_for!(ExportJson<'_>), "export --format json"),
        SchemaName::Check => annotated(schema_for!(CheckJson<'_>), "check --json"),
        SchemaName::Tags => annotated(schema_for!(Vec<TagJson<'_>>), "tags --json"),
        SchemaName::Domains => annotated(schema_for!(Vec<DomainJson<'_>>), "domains --json"),
    }
}

/// Runs `schema`.
pub fn run(name: SchemaName) -> Result<Report> {
    Ok(Report::found(crate::render::json::document(&schema(name))?))
}
