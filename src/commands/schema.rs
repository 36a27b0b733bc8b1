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

/// The formats JSON Schema 2020-12 defines: others (schemars names Rust's
/// types: `uint`, `uint32`, `double`) make validators with default
/// settings, such as Ajv's, refuse the whole schema.
const STANDARD_FORMATS: [&str; 19] = [
    "date-time",
    "date",
    "time",
    "duration",
    "email",
    "idn-email",
    "hostname",
    "idn-hostname",
    "ipv4",
    "ipv6",
    "uri",
    "uri-reference",
    "iri",
    "iri-reference",
    "uuid",
    "uri-template",
    "json-pointer",
    "relative-json-pointer",
    "regex",
];

/// Drops every `format` JSON Schema does not define, saying instead with
/// `maximum` the range a fixed-width integer's format said (`minimum: 0` is
/// there already for an unsigned one).
fn standard_formats(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            let format = map.get("format").and_then(serde_json::Value::as_str).map(str::to_owned);
            if let Some(format) = format.filter(|f| !STANDARD_FORMATS.contains(&f.as_str())) {
                map.remove("format");
                let most = match format.as_str() {
                    "uint8" => Some(u64::from(u8::MAX)),
                    "uint16" => Some(u64::from(u16::MAX)),
                    "uint32" => Some(u64::from(u32::MAX)),
                    _ => None,
                };
                if let Some(most) = most {
                    map.entry("maximum").or_insert_with(|| most.into());
                }
            }
            map.values_mut().for_each(standard_formats);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(standard_formats),
        _ => {}
    }
}

fn annotated(schema: Schema, title: &str) -> serde_json::Value {
    let mut value = schema.to_value();
    require_all(&mut value);
    standard_formats(&mut value);
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
