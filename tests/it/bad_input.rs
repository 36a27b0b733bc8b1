//! The bad-input battery: every wrong thing a user or script can pass gets
//! the documented exit code and a `dryga: …` message on stderr, never a panic.

use std::ffi::OsString;
use std::process::{Command, Output};

use crate::support::{BIN, arg, clean_env, large_folder, run};

fn expect(args: &[&str], code: i32, message: &str) {
    let out = run(args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
    assert!(stderr.starts_with("dryga: "), "{args:?}: stderr does not start with `dryga: `: {stderr}");
    assert!(stderr.contains(message), "{args:?}: {message:?} not in {stderr}");
    assert!(!stderr.contains("panicked"), "{args:?} panicked: {stderr}");
    if code == 2 {
        assert!(out.stdout.is_empty(), "{args:?}: an error printed results");
    }
}

#[test]
fn unknown_commands_and_flags() {
    expect(&["bogus"], 2, "unrecognized subcommand 'bogus'");
    expect(&["list", "--bogus"], 2, "unexpected argument '--bogus'");
    expect(&["--bogus"], 2, "unexpected argument '--bogus'");
    expect(&["show"], 2, "required arguments were not provided");
    expect(&["list", "extra"], 2, "unexpected argument 'extra'");
}

#[test]
fn bad_values_for_every_option() {
    for width in ["0", "-1", "19", "1001", "99999999999", "abc", ""] {
        expect(&["list", "--width", width], 2, "for '--width <N>'");
    }
    for limit in ["0", "-3", "4294967296", "x"] {
        expect(&["list", "--limit", limit], 2, "for '--limit <N>'");
        expect(&["search", "x", "--limit", limit], 2, "for '--limit <N>'");
    }
    expect(&["list", "--format", "bogus"], 2, "invalid value 'bogus' for '--format <FORMAT>'");
    expect(&["show", "blitz", "--format", "csv"], 2, "invalid value 'csv'");
    expect(&["search", "x", "--format", "table"], 2, "invalid value 'table'");
    expect(&["list", "--kind", "book"], 2, "invalid value 'book'");
    expect(&["list", "--sort", "date"], 2, "invalid value 'date'");
    expect(&["list", "--color", "sometimes"], 2, "invalid value 'sometimes'");
    expect(&["completions", "tcsh"], 2, "invalid value 'tcsh'");
    expect(&["schema", "resume"], 2, "invalid value 'resume'");
    expect(&["export", "--format", "csv"], 2, "invalid value 'csv'");
}

#[test]
fn unknown_slugs_tags_and_domains() {
    expect(&["show", "blits"], 1, "did you mean blitz?");
    expect(&["show", "no such thing at all"], 1, "no project or post named");
    // An empty name names nothing: a bad value (as an empty query is), not a name not found.
    expect(&["show", ""], 2, "the name is empty; give a slug or a title");
    expect(&["show", "  "], 2, "the name is empty");
    // So is a section name with no words: no heading was looked for.
    expect(&["show", "blitz", "--section", ""], 2, "the section name is empty; give words of a heading of blitz: ");
    expect(&["show", "blitz", "--section", "!!!"], 2, "the section name \"!!!\" has no words");
    expect(&["show", "blitz", "--section", "zzyzx"], 1, "no section of blitz matches \"zzyzx\"");
    expect(&["list", "--tag", "elixr"], 2, "unknown tag \"elixr\"; did you mean elixir?");
    expect(&["list", "--domain", "fintek"], 2, "unknown domain \"fintek\"; did you mean fintech?");
    expect(&["search", "x", "--tag", "nope-nope-nope"], 2, "unknown tag");
    expect(&["posts", "--tag", "vpn"], 1, "no posts match these filters; 1 project does");
    // Suggestions start as the value does (golang was "did you mean
    // erlang?"), the nearest first (payment named three tags, not payments).
    // A domain given as a tag says so: it said "run `dryga tags`".
    expect(&["list", "--tag", "fintech"], 2, "unknown tag \"fintech\"; FinTech is a domain: --domain fintech");
    expect(
        &["search", "x", "--tag", "HealthTech"],
        2,
        "unknown tag \"HealthTech\"; HealthTech is a domain: --domain healthtech",
    );
    expect(&["list", "--tag", "golang"], 2, "unknown tag \"golang\" (run `dryga tags` to see them all)");
    expect(
        &["list", "--tag", "payment"],
        2,
        "unknown tag \"payment\"; did you mean payments, payment-pages or payment-button?",
    );
    // Posts have no domain: no hint to a `--domain` that would be refused
    // (`posts` has none; `list --kind post --domain` is an error: a review).
    for args in [&["posts", "--tag", "fintech"][..], &["list", "--kind", "post", "--tag", "fintech"]] {
        expect(args, 2, "unknown tag \"fintech\" (run `dryga tags` to see them all)");
    }
    // A slug one edit away at its first letter is a typo of it.
    expect(&["show", "vlitz"], 1, "did you mean blitz?");
}

/// A search whose only word is a dashed one read as an option and its
/// value, so that no query is left (clap said only that `<QUERY>` was
/// missing), says how it was read; a number's option (`-n5`) is clap's
/// error.
#[test]
fn a_dashed_word_alone_says_how_it_was_read() {
    let alone = |word: &str, option: &str| {
        format!("dryga: search needs a query: \"{word}\" was read as {option}, and search cannot leave words out\n")
    };
    for (word, option) in [
        ("-terraform", "--tag erraform"),
        ("-sterraform", "--tag erraform"),
        ("-telixir", "--tag elixir"),
        ("-docker", "--domain ocker"),
    ] {
        let out = run(["search", word]);
        assert_eq!(
            (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned()),
            (Some(2), alone(word, option))
        );
    }
    expect(&["search", "-n5"], 2, "the following required arguments were not provided");
    expect(&["search", "--", "-terraform"], 2, "search cannot leave words out (\"-terraform\")");
}

#[test]
fn empty_huge_and_invalid_queries() {
    expect(&["search", ""], 2, "the query is empty");
    expect(&["search", " \t "], 2, "the query is empty");
    expect(&["search", "!!!"], 2, "nothing to search for in \"!!!\"");
    expect(&["search", &"x".repeat(100_000)], 2, "the query is too long");
    let many: Vec<String> = (0..40).map(|i| format!("w{i}")).collect();
    expect(&["search", &many.join(" ")], 2, "has 40 terms; the limit is 32");
    expect(&["search", "--regex", "(unclosed"], 2, "invalid regex");
    expect(&["search", "--regex", "a{99999}"], 2, "invalid regex");
    expect(&["search", "--regex", r"\w{400}\w{400}\w{400}"], 2, "exceeds size limit");
    expect(&["search", "--regex", "|"], 2, "matches the empty string");
    expect(&["search", "zzzyyyxxx"], 1, "no matches for \"zzzyyyxxx\"");
    // A search engine's operators are errors: read as words, `-mobile`
    // found the items with "mobile", and `OR` only those with every word.
    expect(&["search", "payments -mobile"], 2, "search cannot leave words out (\"-mobile\")");
    expect(&["search", "payments NOT mobile"], 2, "search cannot leave words out (\"NOT\")");
    expect(&["search", "payments —mobile"], 2, "search cannot leave words out (\"—mobile\")");
    expect(&["search", "payments", "!mobile"], 2, "search cannot leave words out (\"!mobile\")");
    expect(
        &["search", "payments | mobile"],
        2,
        "search has no OR: every word must match; for any of several words, use --regex 'word|other'",
    );
    // Typed outside quotes, the dashed word is no flag clap knows: the same
    // message, not "unexpected argument '-m'" and a tip to type `-- -m`.
    for args in [
        &["search", "payments", "-mobile"][..],
        &["search", "-mobile", "payments", "--json"],
        &["search", "payments", "-mobile", "-web-app"],
        &["search", "-mobile"],
    ] {
        expect(args, 2, "search cannot leave words out (\"-mobile\")");
    }
    // A word whose first letter is a switch of search's (`-e`, `-s`, `-i`).
    for word in ["-elixir", "-serverless", "-ios"] {
        expect(&["search", "payments", word], 2, &format!("search cannot leave words out (\"{word}\")"));
    }
    // A word whose first letter is an option that takes a value, whose
    // rest names nothing (`-terraform` was `--tag erraform`, `-docker`
    // `--domain ocker`, `-kotlin` `--kind otlin`), or is `-h` (help, exit 0).
    for word in ["-terraform", "-kotlin", "-nodejs", "-frontend", "-hardware", "-shell", "-ehealth"] {
        expect(&["search", "payments", word], 2, &format!("search cannot leave words out (\"{word}\")"));
    }
    // The word blamed is the one clap could not read, not a tag's before it.
    expect(&["search", "payments", "-tpayments", "-mobile"], 2, "search cannot leave words out (\"-mobile\")");
    // The option was meant: its value is close to one it takes, or to a
    // name, or is a number, or a domain's.
    expect(&["search", "payments", "-kposts"], 2, "invalid value 'posts' for '--kind <KIND>'");
    expect(&["search", "payments", "-fjsn"], 2, "invalid value 'jsn' for '--format <FORMAT>'");
    expect(&["search", "payments", "-fcsv"], 2, "invalid value 'csv' for '--format <FORMAT>'");
    expect(&["search", "payments", "-n5x"], 2, "invalid value '5x' for '--limit <N>'");
    expect(&["search", "payments", "-n-1"], 2, "invalid value '-1' for '--limit <N>'");
    // A tag or domain that the whole word does not name either, with
    // nothing close: the option's error, and how the word was read.
    let read_as =
        |word: &str, option: &str| format!("; \"{word}\" was read as {option}, and search cannot leave words out");
    expect(
        &["search", "payments", "-tpython"],
        2,
        &format!("unknown tag \"python\" (run `dryga tags` to see them all){}", read_as("-tpython", "--tag python")),
    );
    expect(&["search", "payments", "-docker"], 2, "unknown domain \"ocker\" (known: ");
    expect(&["search", "payments", "-docker"], 2, &format!("hospitality){}", read_as("-docker", "--domain ocker")));
    expect(&["search", "payments", "-sdocker"], 2, &read_as("-sdocker", "--domain ocker"));
    expect(&["search", "payments", "-telixr"], 2, "unknown tag \"elixr\"; did you mean elixir?");
    expect(&["search", "payments", "-tfintech"], 2, "FinTech is a domain: --domain fintech");
    expect(&["search", "payments", "-dfintec"], 2, "unknown domain \"fintec\"; did you mean fintech?");
    expect(&["list", "-terraform"], 2, "unknown tag \"erraform\"; did you mean terraform?");
    // Two letters start no longer name but as a word of it: `go` is not
    // "government", `js` not "json".
    expect(&["list", "--tag", "go"], 2, "unknown tag \"go\" (run `dryga tags` to see them all)");
    expect(&["list", "--tag", "js"], 2, "unknown tag \"js\" (run `dryga tags` to see them all)");
    expect(&["list", "--tag", "p2p"], 2, "unknown tag \"p2p\"; did you mean p2p-lending, p2p-transfers or php?");
    for help in ["-help", "-sh"] {
        let out = run(["search", "payments", help]);
        assert_eq!(out.status.code(), Some(0), "{help}");
        assert!(String::from_utf8_lossy(&out.stdout).contains("Usage: dryga search"), "{help}");
    }
    // A dashed word of another command, or an unknown flag, is clap's error.
    expect(&["list", "-mobile"], 2, "unexpected argument '-m'");
    expect(&["search", "payments", "-x"], 2, "unexpected argument '-x'");
    expect(&["search", "elixir OR rust"], 2, "search has no OR: every word must match");
    expect(
        &["search", "elixir|erlang"],
        2,
        "search has no OR: every word must match; for any of several words, use --regex \"elixir|erlang\"",
    );
    // Matches the filters leave out are not "no matches" alone.
    let left_out =
        "no matches for \"payments\" with --kind post --tag elixir: the filters leave out every item it matches";
    expect(&["search", "payments", "--kind", "post", "--tag", "elixir"], 1, left_out);
}

/// Input quoted in a message shows its control characters escaped: removed,
/// `ESC[31melixir` read as "elixir", which has many matches.
#[test]
fn control_characters_in_input_are_quoted_escaped_not_removed() {
    expect(&["search", "\u{1b}[31melixir"], 1, r#"no matches for "\u{1b}[31melixir""#);
    expect(&["show", "bl\u{1b}[2Jitz"], 1, r#"no project or post named "bl\u{1b}[2Jitz""#);
    expect(&["list", "--tag", "\u{1b}[31melixir"], 2, r#"unknown tag "\u{1b}[31melixir""#);
    expect(&["list", "--tag", "a\tb\u{202e}c"], 2, r#"unknown tag "a\tb\u{202e}c""#);
    // clap's messages and paths too.
    expect(&["\u{1b}[31mfoo"], 2, r"unrecognized subcommand '\u{1b}[31mfoo'");
    expect(&["list", "--width", "\u{1b}[31m"], 2, r"invalid value '\u{1b}[31m' for '--width <N>'");
    expect(&["list", "--\u{1b}[2Jx"], 2, r"unexpected argument '--\u{1b}[2Jx'");
    expect(&["--content-dir", "/nonexistent/\u{1b}[2Jx", "list"], 2, r"content folder /nonexistent/\u{1b}[2Jx:");
    for args in [&["search", "\u{1b}[31melixir"][..], &["show", "\u{1b}]0;title\u{7}x"]] {
        let stderr = run(args).stderr;
        assert!(!stderr.iter().any(|&b| b == 0x1b || b == 0x07), "{args:?}: a raw control byte: {stderr:?}");
    }
}

#[cfg(unix)]
#[test]
fn non_utf8_arguments() {
    use std::os::unix::ffi::OsStringExt;
    let bad = OsString::from_vec(b"bl\xffitz".to_vec());
    for args in [vec![OsString::from("show"), bad.clone()], vec![OsString::from("search"), bad.clone()]] {
        let out = run(args.clone());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.starts_with("dryga: ") && stderr.contains("invalid UTF-8"), "{stderr}");
    }
    let out = run([bad]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("dryga: unrecognized subcommand"));
}

/// Runs `dryga ARGS` through `sh` with a redirection, to close or redirect fds.
fn shell(script: &str) -> Output {
    let mut cmd = Command::new("sh");
    clean_env(&mut cmd).args(["-c", &format!("\"{BIN}\" {script}")]).output().expect("sh")
}

#[test]
fn stdout_closed_full_or_gone_and_stdin_closed() {
    // Reader gone (`| true` exits at once; `| head -c 10` after ten bytes):
    // quiet, exit 0. pipefail makes the pipeline's status dryga's own. The
    // export is larger than a pipe's buffer, so the write meets the closed pipe.
    let dir = large_folder();
    for reader in ["true", "head -c 10 >/dev/null"] {
        let mut cmd = Command::new("bash");
        let script = format!(
            "set -o pipefail; \"{BIN}\" --content-dir \"{}\" export --format ndjson | {reader}",
            arg(dir.path())
        );
        let out = clean_env(&mut cmd).args(["-c", &script]).output().expect("bash");
        assert_eq!(out.status.code(), Some(0), "{reader}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(out.stderr.is_empty(), "{reader}: {}", String::from_utf8_lossy(&out.stderr));
    }
    // stdout closed outright: the output would be lost without a word (the
    // entry point opens /dev/null in its place, as Rust's runtime does, so
    // that no file takes its number): a failed write, exit 2, as `ls >&-`
    // fails (on Linux with glibc, where dryga's own entry point tells).
    // Nothing to write (a search that finds nothing) is no failure.
    if cfg!(all(target_os = "linux", target_env = "gnu")) {
        for args in ["list >&-", "--help >&-", "resume --format html >&-"] {
            let out = shell(args);
            assert_eq!(out.status.code(), Some(2), "{args}");
            assert_eq!(
                String::from_utf8_lossy(&out.stderr),
                "dryga: cannot write output: standard output is closed\n",
                "{args}"
            );
        }
        let out = shell("search zzzzqqqq >&-");
        assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    }
    // stdout on a full disk: exit 2, and nothing half-written matters to the caller.
    let out = shell("list --kind all --format csv > /dev/full");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("No space left on device"));
    // stdin closed or empty: dryga never reads it.
    let out = shell("list --limit 1 <&-");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "blitz\n");
    let out = shell("search duckdb --limit 1 --format json < /dev/null");
    assert_eq!(out.status.code(), Some(0));
}
