//! Builds the bundled content into the binary, parsed and validated at build
//! time: every file of `content/` goes through the very parser `dryga check`
//! uses (the `content` modules are included below), a broken file fails the
//! build with its `path:line:column`, and the corpus is written as Rust code
//! (`$OUT_DIR/bundled.rs`), so that at run time the bundled commands parse no
//! TOML and no front matter. The bodies stay in the files `include_dir` embeds.
//!
//! Also: reruns when anything under `content/` changes (`include_dir` alone
//! does not notice added or removed files), and links the binary of
//! Linux/glibc targets static and not position-independent, which spares
//! every start the dynamic loader and some 14,000 relocations.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// The Bloom filter of English words the typo fallback asks (src/query/search/bloom.rs).
#[allow(dead_code, unreachable_pub, clippy::all, clippy::pedantic)]
#[path = "src/query/search/bloom.rs"]
mod bloom;

#[allow(dead_code, unreachable_pub, clippy::all, clippy::pedantic)]
mod content {
    #[path = "../src/content/domain.rs"]
    pub mod domain;
    #[path = "../src/content/model.rs"]
    pub mod model;
    #[path = "../src/content/parse.rs"]
    pub mod parse;
    #[path = "../src/content/problem.rs"]
    pub mod problem;
    #[path = "../src/content/profile.rs"]
    pub mod profile;
}
#[allow(unreachable_pub)]
#[path = "src/lines.rs"]
mod lines;

use content::model::{Award, Item, Kind, Location, Profile, ProfileLink, Skills};
use content::problem::{Problem, Severity};

/// Every file under `dir`, as `(path relative to content/, path)`, sorted.
fn files(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(root, &path, out);
        } else {
            println!("cargo:rerun-if-changed={}", path.display());
            let rel = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
            out.push((rel, path));
        }
    }
}

/// An item and the byte where its body starts in its file.
type Parsed = (Item, usize);

/// Parses every file: the profile and the items, or every problem.
fn parse(root: &Path) -> Result<(Profile, Vec<Parsed>), Vec<Problem>> {
    let mut found = Vec::new();
    files(root, root, &mut found);
    found.sort();
    let mut problems = Vec::new();
    let (mut profile, mut items) = (None, Vec::new());
    let mut slugs: BTreeMap<String, String> = BTreeMap::new();
    for (rel, path) in found {
        let shown = format!("content/{rel}");
        let Ok(text) = fs::read_to_string(&path) else {
            problems.push(Problem::error(&shown, (1, 1), "not UTF-8"));
            continue;
        };
        if rel == "profile.toml" {
            let (p, mut found) = content::profile::parse_profile(&shown, &text);
            problems.append(&mut found);
            profile = p;
            continue;
        }
        let Some((kind, slug)) = role(&rel) else { continue };
        if let Some(first) = slugs.insert(slug.to_ascii_lowercase(), shown.clone()) {
            problems.push(Problem::error(&shown, (1, 1), format!("duplicate slug {slug:?} (also {first})")));
        }
        let (item, mut found) = content::parse::parse_item(&shown, slug, kind, &text);
        problems.append(&mut found);
        // The body is the end of the file: where it starts, for the file `include_dir` keeps.
        items.extend(item.map(|i| {
            let at = text.len() - i.body.len();
            (i, at)
        }));
    }
    if problems.iter().any(|p| p.severity == Severity::Error) || profile.is_none() {
        return Err(problems);
    }
    for p in &problems {
        println!("cargo:warning={p}");
    }
    items.sort_by(|(a, _), (b, _)| (a.kind, a.order, &a.slug).cmp(&(b.kind, b.order, &b.slug)));
    Ok((profile.unwrap_or_default(), items))
}

/// What a file is: an item of a kind, with its slug; None for anything else.
fn role(rel: &str) -> Option<(Kind, &str)> {
    [Kind::Project, Kind::Post].into_iter().find_map(|kind| {
        let slug = rel.strip_prefix(kind.folder())?.strip_prefix('/')?.strip_suffix(".md")?;
        (!slug.contains('/') && !slug.starts_with('.')).then_some((kind, slug))
    })
}

/// A string as Rust code for a `String`.
fn s(text: &str) -> String {
    format!("s({text:?})")
}

/// An optional string as Rust code.
fn opt(text: Option<&String>) -> String {
    text.map_or_else(|| "None".to_owned(), |t| format!("Some({})", s(t)))
}

/// A list of strings as Rust code.
fn list(items: &[String]) -> String {
    format!("vec![{}]", items.iter().map(|t| s(t)).collect::<Vec<_>>().join(", "))
}

fn awards(awards: &[Award]) -> String {
    let each: Vec<String> = awards
        .iter()
        .map(|Award { title, awarder, date }| {
            format!("Award {{ title: {}, awarder: {}, date: {} }}", s(title), opt(awarder.as_ref()), opt(date.as_ref()))
        })
        .collect();
    format!("vec![{}]", each.join(", "))
}

/// The profile as Rust code.
fn profile(p: &Profile) -> String {
    let Profile { name, handle, headline, summary, short, highlights, skills, email, url, phone, location, profiles } =
        p;
    let Skills { languages, data, infrastructure, observability } = skills;
    let location = location.as_ref().map_or_else(
        || "None".to_owned(),
        |Location { city, region, country_code }| {
            format!(
                "Some(Location {{ city: {}, region: {}, country_code: {} }})",
                opt(city.as_ref()),
                opt(region.as_ref()),
                opt(country_code.as_ref())
            )
        },
    );
    let profiles: Vec<String> = profiles
        .iter()
        .map(|ProfileLink { network, username, url }| {
            format!(
                "ProfileLink {{ network: {}, username: {}, url: {} }}",
                s(network),
                opt(username.as_ref()),
                opt(url.as_ref())
            )
        })
        .collect();
    format!(
        "Profile {{ name: {}, handle: {}, headline: {}, summary: {}, short: {}, highlights: {}, \
         skills: Skills {{ languages: {}, data: {}, infrastructure: {}, observability: {} }}, \
         email: {}, url: {}, phone: {}, location: {location}, profiles: vec![{}] }}",
        s(name),
        s(handle),
        s(headline),
        s(summary),
        s(short),
        list(highlights),
        list(languages),
        list(data),
        list(infrastructure),
        list(observability),
        opt(email.as_ref()),
        opt(url.as_ref()),
        opt(phone.as_ref()),
        profiles.join(", ")
    )
}

/// An item as Rust code; its body is a slice of its file.
fn item(i: &Item, body_at: usize) -> String {
    let Item {
        slug,
        kind,
        title,
        subtitle,
        summary,
        domain,
        tags,
        period,
        featured,
        highlights,
        awards: a,
        order,
        body: _,
        path,
    } = i;
    // The file as rustc includes it: the same bytes `include_dir` embeds (the
    // linker keeps one copy; the binary is no larger), sliced with no look-up.
    let file = Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default()).join(path);
    let file = file.to_string_lossy();
    format!(
        "Item {{ slug: {}, kind: Kind::{kind:?}, title: {}, subtitle: {}, summary: {}, domain: {}, tags: {}, \
         period: {}, featured: {featured}, highlights: {}, awards: {}, order: {order}, body: body(include_str!({file:?}), {body_at}), \
         path: {} }}",
        s(slug),
        s(title),
        opt(subtitle.as_ref()),
        s(summary),
        opt(domain.as_ref()),
        list(tags),
        opt(period.as_ref()),
        list(highlights),
        awards(a),
        s(path)
    )
}

/// Links the binaries of Linux/glibc targets (`x86_64`, `aarch64`) static
/// and not position-independent: no dynamic loader, no relocations, no
/// shared library to map at every start. `DRYGA_DYNAMIC=1` turns it off.
///
/// `-C target-feature=+crt-static` would say it in one flag, but a build
/// script cannot set it, and cargo applies `RUSTFLAGS` to proc-macro crates
/// too (which then fail) unless `--target` is given. So the link is made
/// static here: rustc asks the linker for `-lgcc_s -lutil -lrt -lpthread -lm
/// -ldl -lc` after a `-Bdynamic` this script cannot remove, and a folder
/// searched before the system's answers each of those names with a linker
/// script naming the static archive (`libgcc_eh.a` and `libgcc.a` for
/// `libgcc_s`). Only the binary (and the harness of its own unit tests)
/// sees that folder (`rustc-link-arg-bins`): not the library's tests, the
/// integration tests or the proc-macros.
/// Where the archives are missing or a static probe does not link and run,
/// the binary is linked dynamically (still not position-independent).
/// `DRYGA_LINK` tells the tests which link was asked for (`static`, `no-pie`,
/// `dynamic` for `DRYGA_DYNAMIC`, `crt-static` when rustc links statically
/// itself, or `default` on other platforms), so that they check the binary
/// got it.
fn link_static() {
    let link = link_arguments();
    println!("cargo:rustc-env=DRYGA_LINK={link}");
}

/// Prints the link arguments for the binaries; returns which link they ask.
fn link_arguments() -> &'static str {
    let var = |k: &str| std::env::var(k).unwrap_or_default();
    println!("cargo:rerun-if-env-changed=DRYGA_DYNAMIC");
    let platform = var("CARGO_CFG_TARGET_OS") == "linux"
        && var("CARGO_CFG_TARGET_ENV") == "gnu"
        && matches!(var("CARGO_CFG_TARGET_ARCH").as_str(), "x86_64" | "aarch64");
    // Static already (`RUSTFLAGS=-C target-feature=+crt-static` with
    // `--target`, or a target that is static by default, as musl's): rustc
    // links it, nothing to add.
    if var("CARGO_CFG_TARGET_FEATURE").split(',').any(|f| f == "crt-static") {
        return "crt-static";
    }
    if !platform {
        return "default";
    }
    if std::env::var_os("DRYGA_DYNAMIC").is_some() {
        return "dynamic";
    }
    println!("cargo:rustc-link-arg-bins=-no-pie");
    // The probe asks, and runs, the host's C toolchain.
    if var("HOST") != var("TARGET") {
        return "no-pie";
    }
    let dir = PathBuf::from(var("OUT_DIR")).join("static");
    match static_libs(&dir) {
        Ok(()) => {
            println!("cargo:rustc-link-arg-bins=-L{}", dir.display());
            println!("cargo:rustc-link-arg-bins=-static");
            "static"
        }
        Err(why) => {
            println!("cargo:warning=dryga is linked dynamically: {why} (see README, Install)");
            "no-pie"
        }
    }
}

/// Writes into `dir` one linker script per library rustc links, each naming
/// the static archive, and checks with a probe that a static link works.
fn static_libs(dir: &Path) -> Result<(), String> {
    use std::process::Command;
    println!("cargo:rerun-if-env-changed=RUSTC_LINKER");
    let cc = std::env::var("RUSTC_LINKER").unwrap_or_else(|_| "cc".to_owned());
    let archive = |name: &str| -> Result<String, String> {
        let out = Command::new(&cc)
            .arg(format!("-print-file-name=lib{name}.a"))
            .output()
            .map_err(|e| format!("cannot run {cc}: {e}"))?;
        let path = String::from_utf8_lossy(&out.stdout).trim().to_owned();
        // An archive the compiler does not know comes back as its bare name.
        if Path::new(&path).is_absolute() && Path::new(&path).is_file() {
            // The scripts name it: a new toolchain makes them again.
            println!("cargo:rerun-if-changed={path}");
            Ok(path)
        } else {
            Err(format!("{cc} knows no lib{name}.a"))
        }
    };
    // The unwinder, and the compiler's own helpers that glibc calls.
    let unwind = format!("{} {}", archive("gcc_eh")?, archive("gcc")?);
    fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let write =
        |name: &str, script: String| fs::write(dir.join(format!("lib{name}.a")), script).map_err(|e| e.to_string());
    write("gcc_s", format!("INPUT ( {unwind} )\n"))?;
    for name in ["util", "rt", "pthread", "m", "dl", "c"] {
        // In a group with the unwinder, for linkers that read archives in order.
        write(name, format!("GROUP ( {} {unwind} )\n", archive(name)?))?;
    }
    let source = dir.join("probe.c");
    let probe = dir.join("probe");
    fs::write(&source, "int main(void) { return 0; }\n").map_err(|e| e.to_string())?;
    let linked = Command::new(&cc)
        .args(["-static", "-no-pie", "-nodefaultlibs", "-o"])
        .arg(&probe)
        .arg(&source)
        .arg(format!("-L{}", dir.display()))
        .args(["-Wl,-Bdynamic", "-lgcc_s", "-lc"])
        .output()
        .map_err(|e| format!("cannot run {cc}: {e}"))?;
    if !linked.status.success() {
        // A cargo warning is one line: the linker's first.
        let stderr = String::from_utf8_lossy(&linked.stderr);
        return Err(format!("a static probe does not link: {}", stderr.lines().next().unwrap_or("").trim()));
    }
    match Command::new(&probe).status() {
        Ok(status) if status.success() => Ok(()),
        _ => Err("a static probe does not run".to_owned()),
    }
}

fn main() {
    link_static();
    man_date();
    let root = Path::new("content");
    let (profile_, items) = match parse(root) {
        Ok(parsed) => parsed,
        Err(problems) => {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("the bundled content is broken:\n{}", list.join("\n"));
        }
    };
    let mut code = String::from("// Generated by build.rs from content/: the bundled corpus, parsed and validated.\n");
    let _ = writeln!(code, "pub(super) fn profile() -> Profile {{ {} }}", profile(&profile_));
    code.push_str("pub(super) fn items() -> Vec<Item> { vec![\n");
    for (i, at) in &items {
        let _ = writeln!(code, "    {},", item(i, *at));
    }
    code.push_str("] }\n");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let out = out_dir.join("bundled.rs");
    if let Err(e) = fs::write(&out, code) {
        panic!("cannot write {}: {e}", out.display());
    }
    english_words(&out_dir);
}

/// `DRYGA_MAN_DATE`: the date the manual's pages carry (`.TH`'s third
/// field), `YYYY-MM-DD`: the day of `SOURCE_DATE_EPOCH` where it is set (a
/// reproducible build), else the day build.rs last ran (UTC; it runs again
/// when the content or the link changes, not on every build).
fn man_date() {
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    let epoch = std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.trim().parse::<u64>().ok());
    let secs = epoch.unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
    });
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let days = i64::try_from(secs / 86_400).unwrap_or(0) + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    println!("cargo:rustc-env=DRYGA_MAN_DATE={year:04}-{month:02}-{day:02}");
}

/// Writes the Bloom filter of the English word list that the typo fallback
/// asks before it corrects a word (`$OUT_DIR/english.bloom`).
fn english_words(out_dir: &Path) {
    const LIST: &str = "src/query/search/words/english.txt";
    println!("cargo::rerun-if-changed={LIST}");
    let words = fs::read_to_string(LIST).unwrap_or_else(|e| panic!("cannot read {LIST}: {e}"));
    let out = out_dir.join("english.bloom");
    if let Err(e) = fs::write(&out, bloom::build(words.lines())) {
        panic!("cannot write {}: {e}", out.display());
    }
}
