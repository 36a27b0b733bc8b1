//! Every JSON output of every command validates against the schema that
//! `dryga schema` publishes for it.

use snapbox::cmd::{Command, cargo_bin};

fn run(args: &[&str]) -> Vec<u8> {
    let out = Command::new(cargo_bin!("dryga")).env_remove("DRYGA_CONTENT_DIR").args(args).output().expect("run");
    assert!(matches!(out.status.code(), Some(0 | 1)), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

fn schema(name: &str) -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_slice(&run(&["schema", name])).expect("schema is JSON");
    jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("schema {name} is not a valid JSON Schema: {e}"))
}

fn assert_valid(validator: &jsonschema::Validator, args: &[&str], value: &serde_json::Value) {
    let errors: Vec<String> = validator.iter_errors(value).map(|e| format!("{e} at {}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{args:?} does not match its schema:\n{}", errors.join("\n"));
}

/// Validates a JSON document, or each line of NDJSON against the array's item schema.
fn check(name: &str, args: &[&str]) {
    let validator = schema(name);
    let out = run(args);
    if args.contains(&"ndjson") {
        for line in String::from_utf8(out).expect("utf-8").lines() {
            let value: serde_json::Value = serde_json::from_str(line).expect("json line");
            assert_valid(&validator, args, &serde_json::Value::Array(vec![value]));
        }
    } else {
        let value: serde_json::Value = serde_json::from_slice(&out).unwrap_or_else(|e| panic!("{args:?}: {e}"));
        assert_valid(&validator, args, &value);
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
    // A folder that is not a portfolio: problems, still valid JSON.
    check("check", &["check", "--json", "tests"]);
    check("tags", &["tags", "--json"]);
    check("domains", &["domains", "--json"]);
}

#[test]
fn export_ndjson_lines_are_items_with_bodies() {
    let out = String::from_utf8(run(&["export", "--format", "ndjson"])).expect("utf-8");
    let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).expect("json")).collect();
    assert_eq!(lines.len(), 38);
    assert!(lines.iter().all(|l| l["body"].is_string() && l["order"].is_u64()));
}
