//! Behaviour through the built binary that trycmd cases cannot express: closed
//! pipes, full disks, JSON parsed back, and the rendered Blitz case study.

use std::io::Read;
use std::process::Stdio;

use crate::support::{arg, dryga, folder_of_projects, json, large_folder, root, run, snap};

#[test]
fn show_blitz_at_width_80_matches_the_snapshot() {
    snap(["show", "blitz", "--width", "80"])
        .assert()
        .success()
        .stdout_eq(snapbox::file!["../snapshots/show-blitz-80.txt"]);
}

/// First-fit wrapping of `show`'s tags: a line ends only where the next tag
/// would not fit in the width, the first line (after `tags: `) as the others
/// (after the hanging indent). The first line used to end 6 columns early.
#[test]
fn show_fills_each_tags_line_as_far_as_the_width_allows() {
    use unicode_width::UnicodeWidthStr;
    for width in [50, 80, 100] {
        let text = crate::support::stdout(["show", "blitz", "--width", &width.to_string()]);
        let start = text.lines().position(|l| l.starts_with("tags: ")).expect("a tags line");
        let tags: Vec<&str> = text.lines().skip(start).take_while(|l| !l.starts_with('─')).collect();
        assert!(tags.len() > 2, "width {width}: too few lines to pin the fill:\n{text}");
        for pair in tags.windows(2) {
            let next = pair[1].split_whitespace().next().expect("a tag");
            assert!(pair[0].width() <= width, "width {width}: {:?} is too wide", pair[0]);
            assert!(
                pair[0].width() + 1 + next.width() > width,
                "width {width}: {next:?} fits after {:?} ({} columns)",
                pair[0],
                pair[0].width()
            );
        }
    }
}

#[test]
fn show_blitz_prints_the_whole_case_study_without_markdown_syntax() {
    let text = crate::support::stdout(["show", "blitz"]);
    for line in text.lines() {
        assert!(unicode_width::UnicodeWidthStr::width(line) <= 80, "{line:?}");
    }
    assert!(!text.contains('#') && !text.contains("**"), "Markdown syntax left");
    for heading in ["The Ask", "The Numbers", "What I Learned", "A Side Note on Rewrites", "Thanks"] {
        assert!(text.lines().any(|l| l == heading), "missing {heading}");
    }
    assert!(text.contains("Total annual savings: Over $2M."));
    assert!(text.contains("Naveed Khan"));
}

#[test]
fn show_markdown_is_the_source_body_byte_for_byte() {
    let out = crate::support::stdout(["show", "blitz", "--format", "markdown"]);
    let source = std::fs::read_to_string(root().join("content/projects/blitz.md")).expect("source");
    let body = source.splitn(3, "+++\n").nth(2).expect("body").strip_prefix('\n').expect("blank line");
    assert_eq!(out, body);
}

#[test]
fn show_json_has_every_field_and_the_body() {
    let v = json(["show", "blitz", "--json"]);
    for key in ["slug", "kind", "title", "subtitle", "summary", "domain", "tags", "period", "featured", "body", "text"]
    {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    assert_eq!(v["period"], "Feb 2025 – Present");
    assert!(v["body"].as_str().is_some_and(|b| b.contains("## The Numbers")));
    assert!(v["text"].as_str().is_some_and(|t| t.contains("The Numbers\n───")));
    let post = json(["show", "introducing-sage", "--json"]);
    assert_eq!(post["domain"], serde_json::Value::Null);
    assert_eq!(post["subtitle"], serde_json::Value::Null);
}

#[test]
fn list_json_counts_and_null_fields() {
    assert_eq!(json(["list", "--json"]).as_array().map(Vec::len), Some(30));
    assert_eq!(json(["posts", "--json"]).as_array().map(Vec::len), Some(8));
    assert_eq!(json(["list", "--kind", "all", "--json"]).as_array().map(Vec::len), Some(38));
    for item in json(["list", "--kind", "all", "--json"]).as_array().expect("array") {
        for key in ["slug", "kind", "title", "subtitle", "summary", "domain", "tags", "period", "featured"] {
            assert!(item.get(key).is_some(), "{key} missing in {}", item["slug"]);
        }
    }
    let ndjson = crate::support::stdout(["list", "--format", "ndjson"]);
    let lines: Vec<serde_json::Value> = ndjson.lines().map(|l| serde_json::from_str(l).expect("json line")).collect();
    assert_eq!(lines.len(), 30);
}

#[test]
fn search_json_spans_index_the_snippet_text() {
    for query in ["duckdb", "elixir", "kube*", "\"open source\"", "P99", "terraform gcp"] {
        for hit in json(["search", query, "--json"]).as_array().expect("array") {
            for snip in hit["snippets"].as_array().expect("snippets") {
                let text = snip["text"].as_str().expect("text");
                let matches = snip["matches"].as_array().expect("matches");
                assert!(!matches.is_empty(), "{query}: snippet without matches: {text}");
                for m in matches {
                    let offset = |i: usize| usize::try_from(m[i].as_u64().expect("offset")).expect("fits");
                    let (s, e) = (offset(0), offset(1));
                    let found = text.get(s..e).unwrap_or_else(|| panic!("{query}: bad span {s}..{e} in {text:?}"));
                    assert!(!found.is_empty());
                }
            }
        }
    }
}

#[test]
fn a_closed_pipe_ends_quietly_with_exit_0() {
    let dir = large_folder();
    let args = ["--content-dir", &arg(dir.path()), "export", "--format", "ndjson"];
    // The premise: more than a pipe holds.
    let full = run(args);
    assert!(full.stdout.len() > 4 * 65_536, "only {} bytes: the pipe never fills", full.stdout.len());
    // The reader takes one byte and leaves (`| head -c 1`): the writer meets a closed pipe.
    let mut child = dryga(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("spawn");
    let mut reader = child.stdout.take().expect("piped stdout");
    reader.read_exact(&mut [0u8; 1]).expect("one byte");
    drop(reader);
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
}

/// A reader gone before anything is written: the exit code is still what
/// was found (a search that finds nothing, its `[]` unread, exits 1, as
/// ripgrep does; it exited 0), and a listing's 0; no word on stderr.
#[cfg(unix)]
#[test]
fn a_closed_pipe_keeps_the_exit_code_of_what_was_found() {
    for (args, code) in [(&["search", "cobol", "--json"][..], 1), (&["search", "zzzyyyxxx"], 1), (&["list"], 0)] {
        let (reader, writer) = rustix::pipe::pipe().expect("a pipe");
        drop(reader);
        let out = dryga(args).stdout(Stdio::from(writer)).stderr(Stdio::piped()).output().expect("run");
        assert_eq!(out.status.code(), Some(code), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        if code == 0 {
            assert!(out.stderr.is_empty(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        }
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_an_error_with_exit_2() {
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").expect("/dev/full");
    let out = dryga(["list"]).stdout(full).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.starts_with("dryga: cannot write output:"), "{stderr}");
}

/// Colour through a pipe only when asked (`--color always`,
/// `CLICOLOR_FORCE` set and not 0, and `NO_COLOR` winning over it); on a terminal it is
/// the opt-in `terminal.rs` tests' to check.
#[test]
fn colour_through_a_pipe_only_when_asked() {
    let plain = run(["show", "blitz"]).stdout;
    assert!(!plain.contains(&0x1b), "escape byte in a pipe");
    let coloured = run(["show", "blitz", "--color", "always"]).stdout;
    assert!(coloured.contains(&0x1b), "--color always gave no colour");
    let forced = dryga(["list", "--format", "table"]).env("CLICOLOR_FORCE", "1").output().expect("run").stdout;
    assert!(forced.contains(&0x1b), "CLICOLOR_FORCE gave no colour");
    let both = dryga(["list", "--format", "table"]).env("CLICOLOR_FORCE", "1").env("NO_COLOR", "1").output();
    assert!(!both.expect("run").stdout.contains(&0x1b), "NO_COLOR loses to CLICOLOR_FORCE");
    // Set and not 0, as `--help` says: 0 forces nothing, for help as for the rest.
    for args in [&["show", "blitz"][..], &["list", "--format", "table"], &["--help"]] {
        let forced = dryga(args).env("CLICOLOR_FORCE", "1").output().expect("run").stdout;
        assert!(forced.contains(&0x1b), "CLICOLOR_FORCE=1 gave no colour: {args:?}");
        let zero = dryga(args).env("CLICOLOR_FORCE", "0").output().expect("run").stdout;
        assert!(!zero.contains(&0x1b), "CLICOLOR_FORCE=0 forced colour: {args:?}");
    }
}

#[test]
fn oversized_queries_and_regexes_are_clear_errors() {
    // Linux caps one argument at 128 KiB, so 100 KiB is about the largest query a shell can pass.
    let huge = "a ".repeat(50 * 1024);
    snap(["search", &huge])
        .assert()
        .code(2)
        .stdout_eq("")
        .stderr_eq("dryga: the query is too long (102400 bytes; the limit is 1024)\n");
    snap(["search", "--regex", r"\w{500}\w{500}\w{500}"])
        .assert()
        .code(2)
        .stdout_eq("")
        .stderr_eq("dryga: invalid regex: Compiled regex exceeds size limit of 1048576 bytes.\n");
    snap(["search", "--regex", "x*"])
        .assert()
        .code(2)
        .stderr_eq("dryga: the regex matches the empty string; it would match everything\n");
}

#[test]
fn csv_lines_end_with_lf_for_awk_and_read() {
    let csv = run(["list", "--kind", "all", "--format", "csv"]).stdout;
    assert!(!csv.contains(&b'\r'), "a carriage return in CSV");
    // No field of the bundled content holds a line break: one record a line.
    let text = String::from_utf8(csv).expect("utf-8");
    assert_eq!(text.lines().count(), 39, "a header and 38 records, one a line");
}

#[test]
fn schema_help_has_no_display_or_content_options() {
    let help = String::from_utf8(run(["schema", "--help"]).stdout).expect("utf-8");
    for absent in ["--width", "--color", "--content-dir", "--version"] {
        assert!(!help.contains(absent), "schema --help shows {absent}");
    }
    let list = String::from_utf8(run(["list", "--help"]).stdout).expect("utf-8");
    assert!(list.contains("--width") && list.contains("--content-dir") && !list.contains("--version"));
}

#[test]
fn help_keeps_the_exit_status_and_environment_readable_at_any_width() {
    // clap wraps the text after the options keeping each line's own indent:
    // a wrapped part must never land under the names, as "  write" or
    // "  --content-dir" did under the codes and variables at 80 columns.
    let names: Vec<&str> = dryga::cli::EXIT_STATUS.iter().chain(dryga::cli::ENVIRONMENT).map(|(n, _)| *n).collect();
    for columns in ["60", "80", "100", "120"] {
        let out = dryga(["--help"]).env("COLUMNS", columns).output().expect("the binary runs");
        let help = String::from_utf8(out.stdout).expect("utf-8");
        let tail = &help[help.find("Exit status:").expect("an exit status")..];
        for line in tail.lines().filter(|l| l.starts_with(' ')) {
            let a_name = names.iter().any(|n| line.strip_prefix("  ") == Some(*n));
            assert!(a_name || line.starts_with("      "), "at {columns} columns: {line:?}");
        }
    }
}

/// A listing's table, read back: for each row, its slug and the lines its
/// TITLE column shows (titles are ASCII: a character is a column). None when
/// the listing is not a table (blocks: its first line is not the header).
fn table_titles(out: &str) -> Option<Vec<(String, Vec<String>)>> {
    let mut lines = out.lines();
    let header = lines.next().filter(|h| h.starts_with("SLUG "))?;
    let start = header.find("TITLE")?;
    let end = header[start + "TITLE".len()..].find(|c: char| c != ' ').map(|n| start + "TITLE".len() + n);
    let mut rows: Vec<(String, Vec<String>)> = Vec::new();
    for line in lines {
        let cell: String = line.chars().take(end.unwrap_or(usize::MAX)).skip(start).collect();
        if !line.starts_with(' ') {
            rows.push((line.split_whitespace().next().unwrap_or_default().to_owned(), Vec::new()));
        }
        if let (Some(row), false) = (rows.last_mut(), cell.trim().is_empty()) {
            row.1.push(cell.trim().to_owned());
        }
    }
    Some(rows)
}

/// A listing is a table only where its titles read well: no word broken,
/// each title in at most 3 lines, every slug whole; elsewhere each item is
/// a block. At 80 columns the posts' long slugs left a 12-column TITLE
/// ("pattern impl" / "ementation", 5 to 7 lines an item).
#[test]
fn listings_are_tables_only_where_titles_stay_readable() {
    let items = json(["list", "--kind", "all", "--json"]);
    let titles: std::collections::HashMap<&str, &str> = items
        .as_array()
        .expect("an array")
        .iter()
        .map(|i| (i["slug"].as_str().expect("slug"), i["title"].as_str().expect("title")))
        .collect();
    let tags: std::collections::HashSet<&str> = items
        .as_array()
        .expect("an array")
        .iter()
        .flat_map(|i| i["tags"].as_array().expect("tags").iter().filter_map(|t| t.as_str()))
        .collect();
    let layout = |args: &[&str], width: usize| {
        let out =
            crate::support::stdout(args.iter().copied().chain(["--format", "table", "--width", &width.to_string()]));
        for line in out.lines() {
            // A slug, or a tag too long for the line, alone on its line.
            let tag = line.trim().trim_start_matches("tags:").trim().trim_end_matches(',');
            let alone = titles.contains_key(line) || tags.contains(tag);
            assert!(
                unicode_width::UnicodeWidthStr::width(line) <= width || alone,
                "{args:?} at {width}: {line:?} is too wide"
            );
        }
        let Some(rows) = table_titles(&out) else {
            // Each block: the slug alone on its line, then its cells indented, the title among them.
            for block in out.split("\n\n") {
                let (slug, cells) = block.split_once('\n').unwrap_or((block, ""));
                let title = titles.get(slug).unwrap_or_else(|| panic!("{args:?} at {width}: {slug:?} in\n{out}"));
                let text = cells.lines().map(str::trim).collect::<Vec<_>>().join(" ");
                assert!(text.contains(title), "{args:?} at {width}: no {title:?} in\n{block}");
            }
            return "blocks";
        };
        for (slug, lines) in &rows {
            let title = titles.get(slug.as_str()).unwrap_or_else(|| panic!("{slug:?} is not a whole slug"));
            assert_eq!(&lines.join(" "), title, "{args:?} at {width}: a word of {slug}'s title is broken");
            assert!(lines.len() <= 3, "{args:?} at {width}: {slug}'s title in {} lines", lines.len());
        }
        "table"
    };
    assert_eq!(layout(&["list"], 80), "table", "projects fit an 80-column table");
    for args in [&["posts"][..], &["list", "--kind", "all"]] {
        assert_eq!(layout(args, 80), "blocks", "{args:?}");
        assert_eq!(layout(args, 160), "table", "{args:?}");
    }
    for width in 30..=200 {
        for args in [&["list"][..], &["posts"], &["list", "--kind", "all"]] {
            layout(args, width);
        }
    }
}

/// `tags` and `domains` are counts: a table too narrow for one becomes
/// blocks, never names alone (at 21 to 34 columns `tags` showed TAG only,
/// and `domains` at 20 to 27 DOMAIN only, though blocks at 20 kept them).
#[test]
fn taxonomy_tables_keep_their_counts_at_any_width() {
    for (command, count) in [("tags", "items"), ("domains", "projects")] {
        let listed = json([command, "--json"]);
        let counts: Vec<(String, String)> = listed
            .as_array()
            .expect("an array")
            .iter()
            .filter_map(|t| Some((t["name"].as_str()?.to_owned(), t["count"].as_u64()?.to_string())))
            .collect();
        assert!(!counts.is_empty(), "{command}");
        for width in 20..=60 {
            let w = width.to_string();
            let out = String::from_utf8(run([command, "--format", "table", "--width", &w]).stdout).expect("utf-8");
            let lines: Vec<&str> = out.lines().collect();
            for (name, n) in &counts {
                let at = lines.iter().position(|l| l.split_whitespace().next() == Some(name.as_str()));
                let at = at.unwrap_or_else(|| panic!("{command} at {width}: {name} not on a line:\n{out}"));
                let row: Vec<&str> = lines[at].split_whitespace().collect();
                let n = n.as_str();
                let in_row =
                    row.len() > 1 && row.last() == Some(&n) || row.get(2) == Some(&n) || row.get(1) == Some(&n);
                let mut block = lines[at + 1..].iter().take_while(|l| l.starts_with("  "));
                let in_block = block.any(|l| l.trim() == format!("{count}: {n}"));
                assert!(in_row || in_block, "{command} at {width}: no count for {name}:\n{out}");
            }
        }
    }
}

/// A hit's slug is never broken across lines: at 60 columns, the head of
/// `search blockchain` read "(bringing-blockchain-properties-to-centralized-government-"
/// and "databases) · post", no slug to copy. A slug too long for the line
/// has a line of its own, wider than the width.
#[test]
fn search_never_breaks_a_slug() {
    let hits = json(["search", "a", "--json"]);
    let slugs: Vec<String> =
        hits.as_array().expect("hits").iter().map(|h| h["slug"].as_str().expect("slug").to_owned()).collect();
    assert!(slugs.iter().any(|s| s.len() > 60), "{slugs:?}");
    for width in [20, 30, 50, 60, 80] {
        let w = width.to_string();
        let out = String::from_utf8(run(["search", "a", "--width", &w]).stdout).expect("utf-8");
        for slug in &slugs {
            let whole = format!("({slug})");
            assert!(out.lines().any(|l| l.contains(&whole)), "at {width}: {whole} is broken:\n{out}");
        }
        // Too wide only for what is copied whole: a slug, or the command that
        // opens a hit's section (on a line of its own).
        for line in out.lines().filter(|l| unicode_width::UnicodeWidthStr::width(*l) > width) {
            let copied = slugs.iter().any(|s| line.trim() == format!("({s})"))
                || line.starts_with("            dryga show ") && line.contains(" --section ");
            assert!(copied, "at {width}: {line:?} is too wide");
        }
    }
}

/// Neither `show`, a search's tags line nor a listing's blocks break a tag: at 20 columns
/// `show ehealth` printed "e-prescription" and "s", `search prescriptions`
/// "e-prescrip" and "tions" (an audit), no tag to copy into `--tag`. A tag
/// too long for the line has a line of its own.
#[test]
fn tags_are_never_broken() {
    let items = json(["list", "--kind", "all", "--json"]);
    let items = items.as_array().expect("items");
    let mut long = 0;
    for item in items {
        let slug = item["slug"].as_str().expect("slug");
        let tags: Vec<&str> = item["tags"].as_array().expect("tags").iter().filter_map(|t| t.as_str()).collect();
        for width in ["20", "24", "33"] {
            let shown = String::from_utf8(run(["show", slug, "--width", width]).stdout).expect("utf-8");
            for tag in &tags {
                assert!(shown.lines().any(|l| l.contains(tag)), "show {slug} at {width}: {tag} is broken:\n{shown}");
            }
        }
        for tag in tags.iter().filter(|t| t.len() > 10) {
            long += 1;
            let found =
                String::from_utf8(run(["search", tag, "--width", "20", "--kind", "all"]).stdout).expect("utf-8");
            assert!(found.lines().any(|l| l.contains(tag)), "search {tag} at 20: broken:\n{found}");
        }
    }
    assert!(long > 10, "{long} long tags");
    // A listing too narrow for a table, in blocks: its tags whole too.
    for width in ["20", "24", "33"] {
        let listed = String::from_utf8(run(["list", "--kind", "all", "--format", "table", "--width", width]).stdout)
            .expect("utf-8");
        for tag in items.iter().flat_map(|i| i["tags"].as_array().expect("tags")).filter_map(|t| t.as_str()) {
            let shown = listed.lines().any(|l| l.contains(tag));
            // A block lists the tags that fit with `+N`: a tag not shown at all is not broken.
            let broken =
                !shown && listed.lines().any(|l| tag.starts_with(l.trim().trim_end_matches(',')) && l.trim().len() > 3);
            assert!(!broken, "list at {width}: {tag} is broken:\n{listed}");
        }
    }
}

/// `show` takes the item's file or a link to it, as copied: over a folder,
/// the path a shell completes.
#[test]
fn show_takes_an_items_file_or_link() {
    let dir = large_folder();
    let listed = run(["--content-dir", &arg(dir.path()), "list", "--format", "plain"]);
    let slug = String::from_utf8_lossy(&listed.stdout).split_whitespace().next().map(str::to_owned).expect("a slug");
    let file = dir.path().join("projects").join(format!("{slug}.md"));
    assert!(file.is_file(), "{}", file.display());
    let by_slug = run(["--content-dir", &arg(dir.path()), "show", &slug]);
    for name in [
        arg(&file),
        format!("projects/{slug}.md"),
        format!("{slug}.md"),
        format!("https://example.com/projects/{slug}/"),
    ] {
        let out = run(["--content-dir", &arg(dir.path()), "show", &name]);
        assert_eq!(out.status.code(), Some(0), "{name}: {}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(out.stdout, by_slug.stdout, "{name}");
    }
}

/// A title's words may be given unquoted, as `search` takes its words:
/// `show Best Wallet` was "unexpected argument 'Wallet'". Words that name
/// nothing together are one name not found, never the first word's item.
#[test]
fn show_takes_a_titles_words_unquoted() {
    let quoted = run(["show", "best wallet", "--json"]);
    assert!(quoted.status.success(), "{}", String::from_utf8_lossy(&quoted.stderr));
    for words in [&["Best", "Wallet"][..], &["best", "wallet", "--json"], &["--json", "best", "wallet"]] {
        let mut args = vec!["show"];
        args.extend(words);
        if !args.contains(&"--json") {
            args.push("--json");
        }
        let out = run(&args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(out.stdout, quoted.stdout, "{args:?}");
    }
    let out = run(["show", "blitz", "extra"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "dryga: no project or post named \"blitz extra\"; did you mean blitz?\n"
    );
    // A heading's words after `--section` unquoted are the name's: said so,
    // with the command that names the section (a black-box tester).
    assert!(run(["show", "blitz", "--section", "the ask"]).status.success());
    let out = run(["show", "blitz", "--section", "the", "ask"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "dryga: no project or post named \"blitz ask\" (blitz is one; \"ask\" was read as words of its name): \
         to name a section by several words, quote them: `dryga show blitz --section 'the ask'`\n"
    );
    // Every word after it: the first are the section's (a black-box tester).
    let out = run(["show", "--section", "the", "ask", "blitz"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("`dryga show blitz --section 'the ask'`"), "{out:?}");
    // Words before `--section` are the name's: no such hint (a review).
    let out = run(["show", "blitz", "ask", "--section", "the"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "dryga: no project or post named \"blitz ask\"; did you mean blitz?\n"
    );
    // A title two items have is said so, with a section asked for too.
    let tmp = folder_of_projects();
    for (slug, title) in [("data", "Data"), ("platform-one", "Data Platform"), ("platform-two", "Data Platform")] {
        let text = format!(
            "+++\ntitle = \"{title}\"\nsummary = \"S.\"\ndomain = \"web\"\norder = 1\n+++\n\n## Setup\n\nText.\n"
        );
        std::fs::write(tmp.path().join(format!("projects/{slug}.md")), text).expect("item");
    }
    let out = run(["--content-dir", &arg(tmp.path()), "show", "data", "platform", "--section", "setup"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is the title of 2 items"), "{out:?}");
    let out = run(["--content-dir", &arg(tmp.path()), "show", "data", "platform", "--section", "set", "up"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("\"data platform\" is the title of 2 items"), "{out:?}");
}
