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

/// `node` with a `$ref` into `#/$defs/` replaced by what it points at, and
/// a choice (`anyOf`, `oneOf`) with one branch that is not `null` (an
/// optional field: `Option<Location>`) by that branch.
fn resolve<'a>(root: &'a Value, node: &'a Value) -> &'a Value {
    if let Some(name) = node.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/$defs/")) {
        return resolve(root, &root["$defs"][name]);
    }
    for choice in ["anyOf", "oneOf"] {
        let branches = node.get(choice).and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
        let not_null: Vec<&Value> = branches.iter().filter(|b| b["type"] != "null").collect();
        if let [branch] = not_null.as_slice() {
            return resolve(root, branch);
        }
    }
    node
}

/// Checks that `value` has exactly the properties `schema` declares, all
/// required, in every object, down through arrays and nested objects.
fn conforms(root: &Value, schema: &Value, value: &Value, at: &str) {
    let schema = resolve(root, schema);
    match value {
        Value::Object(map) => {
            let props = schema.get("properties").and_then(Value::as_object);
            let props =
                props.unwrap_or_else(|| panic!("{at}: an object where the schema declares no fields: {schema}"));
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

/// An export of a folder whose profile has every contact detail (a
/// location, links to profiles: optional fields the bundled profile has none of).
#[test]
fn an_export_with_contact_details_matches_the_export_schema() {
    let dir = crate::support::temp_dir();
    let root = crate::support::root();
    let profile = std::fs::read_to_string(root.join("content/profile.toml")).expect("the profile");
    let contact = "\nemail = \"you@example.org\"\nurl = \"https://example.org\"\nphone = \"+380 44 123 4567\"\n\n[location]\ncity = \"Kyiv\"\nregion = \"Kyiv City\"\ncountry_code = \"UA\"\n\n[[profiles]]\nnetwork = \"GitHub\"\nusername = \"you\"\nurl = \"https://github.com/you\"\n";
    std::fs::write(dir.path().join("profile.toml"), profile + contact).expect("written");
    std::fs::create_dir(dir.path().join("projects")).expect("made");
    let blitz = std::fs::read(root.join("content/projects/blitz.md")).expect("an item");
    std::fs::write(dir.path().join("projects/blitz.md"), blitz).expect("written");
    let folder = dir.path().to_str().expect("a UTF-8 path");
    let exported = outputs(&["--no-index", "--content-dir", folder, "export"]).remove(0);
    assert_eq!(exported["profile"]["location"]["city"], "Kyiv", "{exported}");
    assert_eq!(exported["profile"]["profiles"][0]["network"], "GitHub", "{exported}");
    check("export", &["--no-index", "--content-dir", folder, "export"]);
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

/// Every `format` in every schema is one JSON Schema defines: a validator
/// with default settings (Ajv's) refuses a schema with another (schemars
/// writes `uint`, `uint32` and `double` for Rust's types), and the range an
/// integer's format said is a `maximum` instead.
#[test]
fn schemas_use_only_the_standards_formats() {
    fn walk(value: &Value, at: &str, standard: &[&str], integers: &mut usize) {
        match value {
            Value::Object(map) => {
                if let Some(format) = map.get("format") {
                    let format = format.as_str().unwrap_or_default();
                    assert!(standard.contains(&format), "{at}: format {format:?}");
                }
                if map.get("type").and_then(Value::as_str) == Some("integer") && map.contains_key("minimum") {
                    *integers += 1;
                }
                for (key, v) in map {
                    walk(v, &format!("{at}.{key}"), standard, integers);
                }
            }
            Value::Array(items) => {
                items.iter().enumerate().for_each(|(i, v)| walk(v, &format!("{at}[{i}]"), standard, integers));
            }
            _ => {}
        }
    }
    // JSON Schema 2020-12's formats (its section 7.3), written apart from the crate's list.
    let standard: Vec<&str> = "date-time date time duration email idn-email hostname idn-hostname ipv4 ipv6 uri \
                               uri-reference iri iri-reference uuid uri-template json-pointer relative-json-pointer regex"
        .split_whitespace()
        .collect();
    let mut integers = 0;
    for name in ["list", "show", "search", "export", "check", "tags", "domains"] {
        walk(&outputs(&["schema", name]).remove(0), name, &standard, &mut integers);
    }
    // The unsigned integers still say they are: their `minimum` stayed.
    assert!(integers > 5, "{integers} unsigned integers");
    let export = outputs(&["schema", "export"]).remove(0).to_string();
    assert!(export.contains(&format!("\"maximum\":{}", u32::MAX)), "a u32's range is said by its maximum");
}

/// `posts --json` prints what `list --json` does: its schema is asked for by
/// either name (`schema posts` was refused, with "export" as the tip).
#[test]
fn the_posts_schema_is_the_list_schema() {
    assert_eq!(outputs(&["schema", "posts"]), outputs(&["schema", "list"]));
}
