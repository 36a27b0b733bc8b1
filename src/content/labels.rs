//! How people write each tag: one label table, used by every human-facing
//! view of tags (the résumé's keywords and skills, the card, tailoring), and
//! what each tag names (a technology, a field of work, or a topic).
//!
//! Tags are identifiers (`gcp`, `ios`, `night-club`, typed after `--tag`);
//! labels are how a reader writes them (`GCP`, `iOS`, `night club`).
//! Technologies keep their own capitalisation, or the portfolio's spelling
//! where it names the thing (`DataBricks`, `TypeSense`); topics are lowercase
//! words. A tag without an entry (another content folder's) reads as its
//! words: `event-sourcing` is "event sourcing".

use std::borrow::Cow;

/// What a tag names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nature {
    /// A technology: a language, database, cloud service, tool or format
    /// (`Elixir`, `PostgreSQL`, `Compute Engine`, `JSON`). The résumé lists
    /// them as skills; a job description that names one is matched on it.
    Technology,
    /// A field of work or expertise a job may ask for (`payments`,
    /// `infrastructure as code`, `security`, `CI/CD`).
    Field,
    /// What a project is about, in plain words (`night club`, `feedback`,
    /// `storytelling`): shown, never matched as a requirement.
    Topic,
}

use Nature::{Field, Technology, Topic};

/// Every tag of the bundled content, and a few its text names that it no
/// longer tags (`circleci`, `cloud-run`, `databricks`, `mimir`, `spark`:
/// what Blitz moved away from or only tries), so that a job description
/// naming them is read: `(tag, label, nature)`, sorted by tag.
pub const LABELS: &[(&str, &str, Nature)] = &[
    ("12-factor", "12-factor", Field),
    ("acl", "ACL", Field),
    ("ad-syndication", "ad syndication", Field),
    ("advertising", "advertising", Field),
    ("ai", "AI", Field),
    ("airflow", "Airflow", Technology),
    ("analytics", "analytics", Field),
    ("android", "Android", Technology),
    ("apache-license", "Apache license", Topic),
    ("api", "API", Field),
    ("api-gateway", "API gateway", Field),
    ("architecture", "architecture", Field),
    ("auth", "auth", Field),
    ("automation", "automation", Field),
    ("automotive", "automotive", Field),
    ("b2b", "B2B", Field),
    ("b2c", "B2C", Field),
    ("banking", "banking", Field),
    ("benchmarking", "benchmarking", Field),
    ("bill-payments", "bill payments", Field),
    ("billing", "billing", Field),
    ("blockchain", "blockchain", Field),
    ("bunnycdn", "BunnyCDN", Technology),
    ("call-recording", "call recording", Topic),
    ("cassandra", "Cassandra", Technology),
    ("chat-integrations", "chat integrations", Topic),
    ("ci-cd", "CI/CD", Field),
    ("circleci", "CircleCI", Technology),
    ("cli", "CLI", Field),
    ("cloud-run", "Cloud Run", Technology),
    ("cloud-storage", "cloud storage", Field),
    ("clubworking", "clubworking", Topic),
    ("cms", "CMS", Field),
    ("collaboration", "collaboration", Topic),
    ("compensating-transactions", "compensating transactions", Field),
    ("compute-engine", "Compute Engine", Technology),
    ("configuration", "configuration", Topic),
    ("conversion-optimization", "conversion optimization", Field),
    ("conversion-tracking", "conversion tracking", Field),
    ("cors", "CORS", Field),
    ("cost-optimization", "cost optimization", Field),
    ("coworking", "coworking", Topic),
    ("crm", "CRM", Field),
    ("cryptography", "cryptography", Field),
    ("customer-service", "customer service", Topic),
    ("data-integrity", "data integrity", Field),
    ("database", "database", Field),
    ("databricks", "DataBricks", Technology),
    ("datadog", "Datadog", Technology),
    ("decision-engine", "decision engine", Field),
    ("deployment", "deployment", Field),
    ("deposits", "deposits", Topic),
    ("developer-workflow", "developer workflow", Topic),
    ("devops", "DevOps", Field),
    ("distributed-transactions", "distributed transactions", Field),
    ("duckdb", "DuckDB", Technology),
    ("e-prescriptions", "e-prescriptions", Field),
    ("ecto", "Ecto", Technology),
    ("ehealth", "eHealth", Field),
    ("elastic", "Elastic", Technology),
    ("elixir", "Elixir", Technology),
    ("emr", "EMR", Field),
    ("engineering-judgment", "engineering judgment", Topic),
    ("environment-variables", "environment variables", Topic),
    ("erlang", "Erlang", Technology),
    ("ets", "ETS", Technology),
    ("events", "events", Topic),
    ("ewallet", "eWallet", Field),
    ("facebook-marketplace", "Facebook Marketplace", Field),
    ("feedback", "feedback", Topic),
    ("file-uploads", "file uploads", Topic),
    ("foundation", "foundation", Topic),
    ("frontend", "front-end", Field),
    ("gcp", "GCP", Technology),
    ("gcs", "GCS", Technology),
    ("github-actions", "GitHub Actions", Technology),
    ("google-cloud-logging", "Google Cloud Logging", Technology),
    ("google-cloud-monitoring", "Google Cloud Monitoring", Technology),
    ("google-summer-of-code", "Google Summer of Code", Topic),
    ("government", "government", Field),
    ("grafana", "Grafana", Technology),
    ("haproxy", "HAProxy", Technology),
    ("heroku", "Heroku", Technology),
    ("hiring", "hiring", Topic),
    ("html", "HTML", Technology),
    ("idempotency", "idempotency", Field),
    ("infrastructure-as-code", "infrastructure as code", Field),
    ("ios", "iOS", Technology),
    ("json", "JSON", Technology),
    ("kubernetes", "Kubernetes", Technology),
    ("landing-pages", "landing pages", Topic),
    ("leads", "leads", Topic),
    ("lending", "lending", Field),
    ("local-numbers", "local numbers", Topic),
    ("localization", "localization", Field),
    ("logging", "logging", Field),
    ("low-latency", "low latency", Field),
    ("macos", "macOS", Technology),
    ("maintenance", "maintenance", Topic),
    ("markdown", "Markdown", Technology),
    ("marketing", "marketing", Topic),
    ("marketplace", "marketplace", Field),
    ("mastercard", "Mastercard", Field),
    ("merchants", "merchants", Topic),
    ("messaging", "messaging", Field),
    ("metrics", "metrics", Field),
    ("migrations", "migrations", Field),
    ("mimir", "Mimir", Technology),
    ("mix", "Mix", Technology),
    ("mnesia", "Mnesia", Technology),
    ("mobile", "mobile", Field),
    ("mobile-top-up", "mobile top-up", Topic),
    ("money-transfers", "money transfers", Field),
    ("mustache", "Mustache", Technology),
    ("night-club", "night club", Topic),
    ("oban", "Oban", Technology),
    ("october-cms", "October CMS", Technology),
    ("omnichannel", "omnichannel", Field),
    ("open-source", "open source", Field),
    ("otp", "OTP", Technology),
    ("outsourcing", "outsourcing", Topic),
    ("p2p-lending", "P2P lending", Field),
    ("p2p-transfers", "P2P transfers", Field),
    ("parquet", "Parquet", Technology),
    ("payday-loans", "payday loans", Topic),
    ("payment-button", "payment button", Topic),
    ("payment-pages", "payment pages", Topic),
    ("payment-terminals", "payment terminals", Topic),
    ("payments", "payments", Field),
    ("pdf", "PDF", Technology),
    ("performance", "performance", Field),
    ("php", "PHP", Technology),
    ("plugins", "plugins", Topic),
    ("postgresql", "PostgreSQL", Technology),
    ("real-time", "real time", Field),
    ("recurring-payments", "recurring payments", Field),
    ("redis", "Redis", Technology),
    ("regression-detection", "regression detection", Topic),
    ("reimbursements", "reimbursements", Topic),
    ("reliability", "reliability", Field),
    ("reporting", "reporting", Topic),
    ("responsive-design", "responsive design", Field),
    ("rest-api", "REST API", Field),
    ("reverse-proxy", "reverse proxy", Field),
    ("riak", "Riak", Technology),
    ("routing", "routing", Topic),
    ("rule-tables", "rule tables", Topic),
    ("saas", "SaaS", Field),
    ("sagas", "sagas", Field),
    ("sage", "Sage", Topic),
    ("sales", "sales", Topic),
    ("scalability", "scalability", Field),
    ("security", "security", Field),
    ("self-service", "self-service", Topic),
    ("sentry", "Sentry", Technology),
    ("signed-urls", "signed URLs", Field),
    ("sms", "SMS", Field),
    ("sms-gateway", "SMS gateway", Field),
    ("social-network", "social network", Topic),
    ("software-engineering", "software engineering", Topic),
    ("spark", "Spark", Technology),
    ("spawnfest", "Spawnfest", Topic),
    ("split-testing", "split testing", Field),
    ("storytelling", "storytelling", Topic),
    ("structured-logging", "structured logging", Field),
    ("system-design", "system design", Field),
    ("template-rendering", "template rendering", Topic),
    ("templates", "templates", Topic),
    ("terraform", "Terraform", Technology),
    ("testing", "testing", Field),
    ("top-ups", "top-ups", Topic),
    ("tracking", "tracking", Topic),
    ("typesense", "TypeSense", Technology),
    ("ui", "UI", Field),
    ("ux", "UX", Field),
    ("ux-testing", "UX testing", Field),
    ("vagrant", "Vagrant", Technology),
    ("validation", "validation", Topic),
    ("victoriametrics", "VictoriaMetrics", Technology),
    ("virtual-sales-floor", "virtual sales floor", Topic),
    ("virtualbox", "VirtualBox", Technology),
    ("voice", "voice", Topic),
    ("vpn", "VPN", Field),
    ("web-chat", "web chat", Topic),
    ("web-portal", "web portal", Topic),
    ("white-label", "white-label", Field),
    ("wireguard", "WireGuard", Technology),
];

/// The entry for `tag`, if the table has one.
fn entry(tag: &str) -> Option<&'static (&'static str, &'static str, Nature)> {
    LABELS.binary_search_by(|(t, _, _)| (*t).cmp(tag)).ok().map(|i| &LABELS[i])
}

/// How people write `tag`, when the table knows it.
pub fn known_label(tag: &str) -> Option<&'static str> {
    entry(tag).map(|(_, label, _)| *label)
}

/// How people write `tag`: its label, or, for a tag the table does not know,
/// its words (`event-sourcing` → "event sourcing").
pub fn label(tag: &str) -> Cow<'static, str> {
    match entry(tag) {
        Some((_, label, _)) => Cow::Borrowed(label),
        None => Cow::Owned(tag.replace('-', " ")),
    }
}

/// What `tag` names; a tag the table does not know is a topic.
pub fn nature(tag: &str) -> Nature {
    entry(tag).map_or(Topic, |(_, _, nature)| *nature)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_and_each_tag_is_kebab_case_once() {
        assert!(LABELS.windows(2).all(|w| w[0].0 < w[1].0), "LABELS must be sorted by tag, each tag once");
        for (tag, label, _) in LABELS {
            assert!(crate::content::is_kebab_case(tag), "{tag}");
            assert!(!label.trim().is_empty() && label.trim() == *label, "{tag}: {label:?}");
        }
    }

    #[test]
    fn known_tags_read_as_people_write_them_and_others_as_words() {
        assert_eq!(label("gcp"), "GCP");
        assert_eq!(label("ios"), "iOS");
        assert_eq!(label("postgresql"), "PostgreSQL");
        assert_eq!(label("night-club"), "night club");
        assert_eq!(label("ci-cd"), "CI/CD");
        assert_eq!(label("event-sourcing"), "event sourcing");
        assert_eq!(nature("elixir"), Technology);
        assert_eq!(nature("payments"), Field);
        assert_eq!(nature("night-club"), Topic);
        assert_eq!(nature("event-sourcing"), Topic);
    }

    /// Every tag the bundled content carries has its own entry: a new tag
    /// needs a label here (the fallback is for other content folders).
    #[test]
    fn every_bundled_tag_has_a_label() {
        let loaded = crate::content::load_bundled().expect("bundled content loads");
        for item in &loaded.corpus.items {
            for tag in &item.tags {
                assert!(entry(tag).is_some(), "{}: tag {tag:?} has no entry in content/labels.rs", item.path);
            }
        }
    }
}
