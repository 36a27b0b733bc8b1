//! Synthetic content for tests and benchmarks: deterministic, sized by a count,
//! words drawn from a fixed vocabulary, in the layout of `content/`.

use std::fmt::Write as _;
use std::io;
use std::path::Path;

use crate::content::{Item, Kind, domain};

/// Words for titles and prose: technologies and plain English.
const WORDS: &[&str] = &[
    "system",
    "platform",
    "service",
    "payments",
    "latency",
    "cluster",
    "database",
    "queue",
    "cache",
    "deploy",
    "release",
    "monitoring",
    "alerts",
    "traffic",
    "requests",
    "errors",
    "budget",
    "cloud",
    "costs",
    "team",
    "design",
    "architecture",
    "migration",
    "terraform",
    "kubernetes",
    "postgresql",
    "redis",
    "elixir",
    "erlang",
    "rust",
    "python",
    "javascript",
    "react",
    "svelte",
    "duckdb",
    "parquet",
    "spark",
    "airflow",
    "grafana",
    "metrics",
    "logs",
    "traces",
    "index",
    "query",
    "schema",
    "backend",
    "frontend",
    "mobile",
    "api",
    "gateway",
    "proxy",
    "network",
    "storage",
    "bucket",
    "upload",
    "download",
    "security",
    "audit",
    "compliance",
    "health",
    "records",
    "lending",
    "wallet",
    "transfer",
    "merchant",
    "customer",
    "support",
    "sales",
    "marketing",
    "growth",
    "billing",
    "invoice",
    "contract",
    "search",
    "ranking",
    "snippet",
    "benchmark",
    "performance",
    "memory",
    "throughput",
    "scale",
    "replica",
    "failover",
    "backup",
    "restore",
    "incident",
    "oncall",
    "runbook",
    "pipeline",
    "build",
    "test",
    "review",
    "refactor",
    "rewrite",
    "maintenance",
    "debt",
    "care",
    "boring",
    "simple",
    "fast",
    "slow",
    "reliable",
    "stable",
    "small",
    "large",
    "national",
    "global",
    "local",
    "open",
    "source",
    "library",
    "adapter",
    "config",
    "runtime",
    "compile",
    "binary",
    "cli",
    "terminal",
    "shell",
    "pager",
    "colour",
    "width",
    "the",
    "a",
    "of",
    "and",
    "to",
    "in",
    "for",
    "with",
    "on",
    "by",
    "from",
    "at",
    "we",
    "it",
    "was",
    "is",
    "every",
    "day",
    "week",
    "month",
    "year",
    "first",
    "then",
    "after",
    "before",
    "because",
    "without",
    "more",
];

/// Tags for synthetic items.
const TAGS: &[&str] = &[
    "elixir",
    "rust",
    "terraform",
    "gcp",
    "kubernetes",
    "postgresql",
    "redis",
    "payments",
    "lending",
    "security",
    "observability",
    "open-source",
    "api",
    "frontend",
    "mobile",
    "search",
    "performance",
    "devops",
    "cli",
    "data",
];

/// A small deterministic generator (xorshift64*): the same seed gives the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `lo..hi` (`hi > lo`).
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        let span = u64::try_from(hi - lo).unwrap_or(u64::MAX).max(1);
        lo + usize::try_from(self.next() % span).unwrap_or(0)
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.range(0, from.len())]
    }

    /// Between `lo` and `hi - 1` words of the vocabulary, space-separated.
    fn words(&mut self, lo: usize, hi: usize) -> String {
        let n = self.range(lo, hi);
        let mut s = String::new();
        for i in 0..n {
            if i > 0 {
                s.push(' ');
            }
            s.push_str(self.pick(WORDS));
        }
        s
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// `count` synthetic items: one in ten is a post, the rest projects.
pub fn items(count: usize, seed: u64) -> Vec<Item> {
    let mut rng = Rng(seed | 1);
    let mut items = Vec::with_capacity(count);
    for n in 0..count {
        let kind = if n % 10 == 9 { Kind::Post } else { Kind::Project };
        let title = capitalise(&rng.words(2, 5));
        let summary = format!("{}.", capitalise(&rng.words(12, 26)));
        let mut body = String::new();
        for p in 0..rng.range(2, 6) {
            if p > 0 && rng.range(0, 3) == 0 {
                let _ = writeln!(body, "## {}\n", capitalise(&rng.words(3, 4)));
            }
            if rng.range(0, 4) == 0 {
                for _ in 0..rng.range(2, 5) {
                    let _ = writeln!(body, "- {}", capitalise(&rng.words(4, 10)));
                }
                body.push('\n');
            } else {
                let _ = writeln!(body, "{}.\n", capitalise(&rng.words(40, 80)));
            }
        }
        let mut tags: Vec<String> = (0..rng.range(2, 6)).map(|_| rng.pick(TAGS).to_owned()).collect();
        tags.sort();
        tags.dedup();
        let domain =
            (kind == Kind::Project).then(|| domain::DOMAINS[rng.range(0, domain::DOMAINS.len())].slug.to_owned());
        items.push(Item {
            slug: format!("{}-{n}", if kind == Kind::Post { "post" } else { "project" }),
            kind,
            title,
            subtitle: None,
            summary,
            domain,
            tags,
            period: None,
            featured: false,
            highlights: Vec::new(),
            awards: Vec::new(),
            order: u32::try_from(n + 1).unwrap_or(u32::MAX),
            body,
            path: String::new(),
        });
    }
    items
}

/// The source text of an item: TOML front matter and Markdown body.
pub fn source(item: &Item) -> String {
    let mut s = String::from("+++\n");
    let _ = writeln!(s, "title = {:?}", item.title);
    let _ = writeln!(s, "summary = {:?}", item.summary);
    if let Some(d) = &item.domain {
        let _ = writeln!(s, "domain = {d:?}");
    }
    let _ = writeln!(s, "tags = {:?}", item.tags);
    let _ = writeln!(s, "order = {}", item.order);
    s.push_str("+++\n\n");
    s.push_str(&item.body);
    s
}

/// Writes a content folder of `count` synthetic items (and a profile) into `dir`.
pub fn write_dir(dir: &Path, count: usize, seed: u64) -> io::Result<()> {
    for kind in [Kind::Project, Kind::Post] {
        std::fs::create_dir_all(dir.join(kind.folder()))?;
    }
    std::fs::write(
        dir.join(crate::content::PROFILE_FILE),
        "name = \"Synthetic Person\"\nhandle = \"synthetic\"\nheadline = \"Generated content\"\nsummary = \"A generated portfolio for tests and benchmarks.\"\n",
    )?;
    for item in items(count, seed) {
        std::fs::write(dir.join(item.kind.folder()).join(format!("{}.md", item.slug)), source(&item))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_sized() {
        let a = items(50, 7);
        assert_eq!(a.len(), 50);
        assert_eq!(a, items(50, 7));
        assert_ne!(a, items(50, 8));
        assert_eq!(a.iter().filter(|i| i.kind == Kind::Post).count(), 5);
    }

    #[test]
    fn sources_load_back_as_the_same_items() {
        let generated = items(20, 3);
        let files: Vec<(String, String)> = generated
            .iter()
            .map(|i| (format!("{}/{}.md", i.kind.folder(), i.slug), source(i)))
            .chain([(
                "profile.toml".to_owned(),
                "name = \"n\"\nhandle = \"h\"\nheadline = \"x\"\nsummary = \"y\"\n".to_owned(),
            )])
            .collect();
        let loaded = crate::content::assemble("", files, Vec::new(), 1).expect("synthetic content is valid");
        assert_eq!(loaded.corpus.items.len(), 20);
        assert!(loaded.warnings.is_empty());
        let first = &loaded.corpus.items[0];
        assert_eq!(
            (first.title.as_str(), first.body.as_str()),
            (generated[0].title.as_str(), generated[0].body.as_str())
        );
    }
}
