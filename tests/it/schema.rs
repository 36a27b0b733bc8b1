//! Every JSON output of every command has exactly the fields that the schema
//! `dryga schema` publishes for it declares, all of them present (optional
//! ones as `null` or `[]`). Full JSON Schema validation, with a real
//! validator, is opt-in: `.ci/validate-json` (run by `.ci/run`).

use serde_json::Value;

use crate::support::run;

/// The stdout of `dryga ARGS` (exit 0 or 1) as JSON values: one, or one a line for NDJSON.
fn outputs(args: &[&str]) -> Vec<Value> {
    let out = run(args);
    assert!(matches!(out.status.code(), Some(0 | 1)), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).expect("utf-8");
    if args.contains(&"ndjson") {
        text.lines().map(|l| serde_json::from_str(l).expect("a JSON line")).collect()
    } else {
        vec![serde_json::from_str(&text).unwrap_or_else(|e| panic!("{args:?}: {e}"))]
    }
}

/// `node` with a `$ref` into `#/$defs/` replaced by what it points at.
fn resolve<'a>(root: &'a Value, node: &'a Value) -> &'a Value {
    match node.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/$defs/")) {
        Some(name) => resolve(root, &root["$defs"][name]),
        None => node,
    }
}

/// Checks that `value` has exactly the properties `schema` declares, all
/// required, in every object, down through arrays and nested objects.
fn conforms(root: &Value, schema: &Value, value: &Value, at: &str) {
    let schema = resolve(root, schema);
    match value {
        Value::Object(map) => {
            let Some(props) = schema.get("properties").and_then(Value::as_object) else { return };
            let declared: Vec<&String> = props.keys().collect();
            let present: Vec<&String> = map.keys().collect();
            assert_eq!(present, declared, "{at}: fields differ from the schema");
            let required: Vec<&str> =
                schema["required"].as_array().map(|r| r.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
            assert_eq!(required.len(), declared.len(), "{at}: every field is required");
            for (key, v) in map {
                conforms(root, &props[key], v, &format!("{at}.{key}"));
            }
        }
        Value::Array(items) => {
            if let Some(item) = schema.get("items") {
                for (i, v) in items.iter().enumerate() {
                    conforms(root, item, v, &format!("{at}[{i}]"));
                }
            }
        }
        _ => {}
    }
}

fn check(name: &str, args: &[&str]) {
    let schema = outputs(&["schema", name]).remove(0);
    assert_eq!(schema["title"].as_str().map(|t| t.starts_with("dryga ")), Some(true));
    for value in outputs(args) {
        // An NDJSON line is one item of the array the schema describes.
        let value = if args.contains(&"ndjson") { Value::Array(vec![value]) } else { value };
        conforms(&schema, &schema, &value, &format!("{args:?}"));
    }
}

#[test]
fn list_outputs_match_the_list_schema() {
    check("list", &["list", "--json"]);
    check("list", &["list", "--kind", "all", "--json"]);
    check("list", &["list", "--format", "ndjson"]);
    check("list", &["posts", "--json"]);
    check("list", &["list", "--tag", "vpn", "--domain", "fintech", "--json"]);
}

#[test]
fn show_outputs_match_the_show_schema() {
    for slug in ["blitz", "firezone", "introducing-sage", "trubrain"] {
        check("show", &["show", slug, "--json"]);
    }
}

#[test]
fn search_outputs_match_the_search_schema() {
    check("search", &["search", "elixir", "--json"]);
    check("search", &["search", "kubernets", "--json"]);
    check("search", &["search", "--regex", "P\\d+", "--json"]);
    check("search", &["search", "nothingatall", "--json"]);
    check("search", &["search", "terraform", "--format", "ndjson"]);
}

#[test]
fn export_check_tags_and_domains_match_their_schemas() {
    check("export", &["export"]);
    check("check", &["check", "--json"]);
    // A folder that is not a portfolio: problems, still the same shape.
    check("check", &["check", "--json", "tests"]);
    check("tags", &["tags", "--json"]);
    check("domains", &["domains", "--json"]);
}

#[test]
fn a_missing_field_is_caught() {
    let schema = outputs(&["schema", "list"]).remove(0);
    let mut list = outputs(&["list", "--json", "--limit", "1"]).remove(0);
    list[0].as_object_mut().expect("an item").remove("period");
    let caught = std::panic::catch_unwind(|| conforms(&schema, &schema, &list, "list"));
    assert!(caught.is_err(), "a list item without `period` passed");
}

#[test]
fn export_ndjson_lines_are_items_with_bodies() {
    let lines = outputs(&["export", "--format", "ndjson"]);
    assert_eq!(lines.len(), 38);
    assert!(lines.iter().all(|l| l["body"].is_string() && l["order"].is_u64()));
}
