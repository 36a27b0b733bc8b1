//! The words of a job description that count: technologies and fields of
//! work. Beyond the technologies, fields and domains dryga knows (the labels
//! of `content::labels`, the domains of `content::domain`) and the profile's
//! skills, a short curated list of common technologies and fields, the
//! aliases that mean a portfolio word, the English words that are
//! technologies only when capitalised, the capitalised words that are not
//! technologies, and the domains whose names are everyday words.

/// Common technologies and fields beyond the label table's tags and the skills:
/// `(as people write it, what to look for in the portfolio)`. The second is
/// the first unless the name is an alias of a word the portfolio uses
/// (`Postgres` is looked for as `PostgreSQL`, `k8s` as `Kubernetes`).
pub const COMMON: &[(&str, &str)] = &[
    // Languages.
    ("Go", "Go"),
    ("Golang", "Go"),
    ("Rust", "Rust"),
    ("Python", "Python"),
    ("Java", "Java"),
    ("Kotlin", "Kotlin"),
    ("Scala", "Scala"),
    ("Ruby", "Ruby"),
    ("JavaScript", "JavaScript"),
    ("JS", "JavaScript"),
    ("TypeScript", "TypeScript"),
    ("Swift", "Swift"),
    ("Objective-C", "Objective-C"),
    ("C++", "C++"),
    ("C#", "C#"),
    ("F#", "F#"),
    (".NET", ".NET"),
    ("Haskell", "Haskell"),
    ("OCaml", "OCaml"),
    ("Clojure", "Clojure"),
    ("Elm", "Elm"),
    ("Dart", "Dart"),
    ("Gleam", "Gleam"),
    ("Zig", "Zig"),
    ("Lua", "Lua"),
    ("Perl", "Perl"),
    ("Fortran", "Fortran"),
    ("COBOL", "COBOL"),
    ("Bash", "Bash"),
    ("SQL", "PostgreSQL"),
    ("Solidity", "Solidity"),
    ("WebAssembly", "WebAssembly"),
    // Frameworks and libraries.
    ("Phoenix", "Phoenix"),
    ("LiveView", "LiveView"),
    ("Absinthe", "Absinthe"),
    ("Broadway", "Broadway"),
    ("Nerves", "Nerves"),
    ("Rails", "Rails"),
    ("Ruby on Rails", "Rails"),
    ("Django", "Django"),
    ("Flask", "Flask"),
    ("FastAPI", "FastAPI"),
    ("Spring", "Spring"),
    ("Spring Boot", "Spring Boot"),
    ("Spring Cloud", "Spring Cloud"),
    ("Spark Streaming", "Spark Streaming"),
    ("Laravel", "Laravel"),
    ("Symfony", "Symfony"),
    ("React", "React"),
    ("React Native", "React Native"),
    ("Vue", "Vue"),
    ("Angular", "Angular"),
    ("Svelte", "Svelte"),
    ("Next.js", "Next.js"),
    ("Node.js", "Node.js"),
    ("Node", "Node.js"),
    ("Express", "Express"),
    ("Flutter", "Flutter"),
    ("Pandas", "Pandas"),
    ("PyTorch", "PyTorch"),
    ("Redux", "Redux"),
    ("Tailwind", "Tailwind"),
    ("Webpack", "Webpack"),
    ("Vite", "Vite"),
    ("Storybook", "Storybook"),
    ("Jest", "Jest"),
    ("Cypress", "Cypress"),
    ("Playwright", "Playwright"),
    ("Selenium", "Selenium"),
    ("Figma", "Figma"),
    ("TensorFlow", "TensorFlow"),
    // Data.
    ("Postgres", "PostgreSQL"),
    ("MySQL", "MySQL"),
    ("MariaDB", "MariaDB"),
    ("MongoDB", "MongoDB"),
    ("Mongo", "MongoDB"),
    ("DynamoDB", "DynamoDB"),
    ("Elasticsearch", "Elasticsearch"),
    ("OpenSearch", "OpenSearch"),
    ("ClickHouse", "ClickHouse"),
    ("SQLite", "SQLite"),
    ("Snowflake", "Snowflake"),
    ("BigQuery", "BigQuery"),
    ("Redshift", "Redshift"),
    ("Kafka", "Kafka"),
    ("RabbitMQ", "RabbitMQ"),
    ("NATS", "NATS"),
    ("Pulsar", "Pulsar"),
    ("Kinesis", "Kinesis"),
    ("Pub/Sub", "Pub/Sub"),
    ("Memcached", "Memcached"),
    ("ScyllaDB", "ScyllaDB"),
    ("CockroachDB", "CockroachDB"),
    ("TimescaleDB", "TimescaleDB"),
    ("InfluxDB", "InfluxDB"),
    ("Neo4j", "Neo4j"),
    ("Hadoop", "Hadoop"),
    ("Flink", "Flink"),
    ("dbt", "dbt"),
    ("Looker", "Looker"),
    ("Tableau", "Tableau"),
    ("PySpark", "PySpark"),
    ("NoSQL", "NoSQL"),
    ("Delta Lake", "Delta Lake"),
    ("Databricks", "Databricks"),
    ("Airbyte", "Airbyte"),
    ("Great Expectations", "Great Expectations"),
    // Clouds, infrastructure and delivery.
    ("AWS", "AWS"),
    ("Azure", "Azure"),
    ("Google Cloud", "GCP"),
    ("Google Cloud Platform", "GCP"),
    ("EC2", "EC2"),
    ("S3", "S3"),
    ("Lambda", "Lambda"),
    ("ECS", "ECS"),
    ("EKS", "EKS"),
    ("GKE", "GKE"),
    ("Fargate", "Fargate"),
    ("CloudFront", "CloudFront"),
    ("Cloudflare", "Cloudflare"),
    ("Fastly", "Fastly"),
    ("Docker", "Docker"),
    ("k8s", "Kubernetes"),
    ("Helm", "Helm"),
    ("Ansible", "Ansible"),
    ("Pulumi", "Pulumi"),
    ("Chef", "Chef"),
    ("Puppet", "Puppet"),
    ("Nomad", "Nomad"),
    ("Consul", "Consul"),
    ("Vault", "Vault"),
    ("Istio", "Istio"),
    ("Envoy", "Envoy"),
    ("Nginx", "Nginx"),
    ("Linux", "Linux"),
    ("Jenkins", "Jenkins"),
    ("CircleCI", "CircleCI"),
    ("GitLab", "GitLab"),
    ("GitHub", "GitHub"),
    ("Argo CD", "Argo CD"),
    ("ArgoCD", "ArgoCD"),
    ("Vercel", "Vercel"),
    ("Netlify", "Netlify"),
    ("DigitalOcean", "DigitalOcean"),
    ("continuous integration", "CI/CD"),
    ("continuous delivery", "CI/CD"),
    ("continuous deployment", "CI/CD"),
    // Observability.
    ("Prometheus", "Prometheus"),
    ("Thanos", "Thanos"),
    ("Datadog", "Datadog"),
    ("New Relic", "New Relic"),
    ("OpenTelemetry", "OpenTelemetry"),
    ("Jaeger", "Jaeger"),
    ("Kibana", "Kibana"),
    ("Loki", "Loki"),
    ("Splunk", "Splunk"),
    ("PagerDuty", "PagerDuty"),
    ("observability", "observability"),
    ("monitoring", "monitoring"),
    ("alerting", "alerting"),
    ("SLOs", "SLOs"),
    ("error budgets", "error budgets"),
    ("on-call", "on-call"),
    ("incident response", "incident response"),
    // Protocols and interfaces.
    ("GraphQL", "GraphQL"),
    ("gRPC", "gRPC"),
    ("REST", "REST"),
    ("Protobuf", "Protobuf"),
    ("WebSockets", "WebSockets"),
    ("OAuth", "OAuth"),
    ("OpenID Connect", "OpenID Connect"),
    ("SAML", "SAML"),
    ("JWT", "JWT"),
    // Compliance standards: names of several words, read as one.
    ("PCI DSS", "PCI DSS"),
    ("SOC 2", "SOC 2"),
    ("ISO 27001", "ISO 27001"),
    // Fields of work.
    ("backend", "backend"),
    ("back-end", "backend"),
    ("frontend", "front-end"),
    ("full-stack", "full-stack"),
    ("fullstack", "full-stack"),
    ("infrastructure", "infrastructure"),
    ("cloud", "cloud"),
    ("distributed systems", "distributed systems"),
    ("microservices", "microservices"),
    ("event-driven", "event-driven"),
    ("concurrency", "concurrency"),
    ("caching", "caching"),
    ("CDN", "CDN"),
    ("data engineering", "data engineering"),
    ("data pipelines", "data pipelines"),
    ("ETL", "ETL"),
    ("machine learning", "machine learning"),
    ("ML", "machine learning"),
    ("LLM", "LLM"),
    ("fintech", "fintech"),
    ("adtech", "adtech"),
    ("healthtech", "healthtech"),
    ("e-commerce", "e-commerce"),
    ("e-wallet", "eWallet"),
    ("webhooks", "webhooks"),
    ("ecommerce", "e-commerce"),
    ("high-traffic", "high-traffic"),
    ("high-load", "high-load"),
    ("FinOps", "FinOps"),
    ("SRE", "SRE"),
    ("platform engineering", "platform engineering"),
    ("TDD", "TDD"),
];

/// Words a description names a domain by besides the domain's own name,
/// each with the domain's slug: a healthcare company's job asks for what
/// the `HealthTech` domain's items did (`eHealth`, a national health service's
/// system). Each is claimed by the domain's items as its name is, and
/// sought as itself in the text (a folder's item that says "healthcare").
pub const DOMAIN_WORDS: &[(&str, &str)] = &[("healthcare", "healthtech")];

/// Domains (by slug) whose names are everyday words of a description, not
/// read as a field of work: "communication skills" is not the
/// Communications domain, nor "social benefits" Social, nor "the web of"
/// Web. The others (`FinTech`, `AdTech`, `Developer tools`…) are read as
/// their domain.
pub const EVERYDAY_DOMAINS: &[&str] = &["communications", "social", "web"];

/// English words that name a technology only when capitalised (the
/// search's list, read the same way here).
pub use crate::query::search::CAPITALISED_ONLY;

/// Names of [`CAPITALISED_ONLY`] that often start an English sentence
/// (`Go ahead`, `Spring is our busiest season`, `Swift answers`, `Mix`):
/// at a sentence's start they count only when listed there or capitalised
/// within a sentence too. Not `Rust`, `Sentry`, `Helm` or `Vault`, which
/// start a sentence of a job description as the name (`Sentry for
/// errors.`), hardly ever as the word.
pub const EVERYDAY_AT_START: &[&str] = &["go", "swift", "spring", "express", "mix", "react", "spark", "jest"];

/// Kinds of technology that, said of a name that starts a sentence (`Go is
/// our main language`), say it is the name.
pub const KIND_NOUNS: &[&str] =
    &["framework", "frameworks", "language", "languages", "libraries", "library", "runtime", "toolkit"];

/// The words that may come between `is` and a kind of technology
/// ([`KIND_NOUNS`]) said of a name: `Go is our main language`.
pub const KIND_LEADS: &[&str] = &[
    "a",
    "an",
    "backend",
    "core",
    "default",
    "frontend",
    "main",
    "only",
    "our",
    "preferred",
    "primary",
    "programming",
    "the",
    "web",
];

/// Nouns that, right after a name that starts a sentence, say it is the
/// name (`Go experience required`, `React developers wanted`), where an
/// everyday word's sentence goes on otherwise (`Spring is`, `Go live`).
pub const NAME_NOUNS: &[&str] = &[
    "experience",
    "skills",
    "skill",
    "developer",
    "developers",
    "development",
    "engineer",
    "engineers",
    "engineering",
    "knowledge",
    "expertise",
    "proficiency",
    "background",
    "services",
    "service",
    "code",
    "codebase",
    "stack",
    "apps",
    "applications",
    "application",
    "projects",
    "programming",
    "framework",
    "ecosystem",
    "backend",
    "backends",
    "frontend",
    "libraries",
    "library",
    "modules",
    "microservices",
    "familiarity",
];

/// What may follow a name and a hyphen with the name still meant (the
/// search's list, read the same way here).
pub use crate::query::search::NAME_SUFFIXES;

/// Standards bodies, whose acronym followed by a number is one standard
/// (`ISO 8583`, `RFC 7231`), as written.
pub const STANDARDS_BODIES: &[&str] = &["ISO", "IEC", "RFC", "IEEE", "NIST", "ECMA", "ANSI", "ETSI", "FIPS"];

/// Words of fields named by a gerund whose word without `-ing` is an
/// everyday word of another meaning (`cloud bill`; `conversion tracking`,
/// not `conversion tracks`): a description names them by the gerund only.
/// (`marketing` and `reporting` are topics, never read: `time to market`
/// and `reports to` name nothing.)
pub const GERUND_ONLY: &[&str] = &["billing", "tracking"];

/// Words that look technical (capitals, digits) but are not technologies:
/// business and hiring acronyms, places, currencies, time zones, quantities,
/// levels in roman numerals (`Engineer II`, `SOC 2 Type II`).
pub const NOT_TECHNICAL: &[&str] = &[
    "a", "i", "us", "usa", "eu", "uk", "emea", "apac", "latam", "nyc", "sf", "hq", "hr", "ceo", "cto", "cfo", "coo",
    "cpo", "vp", "pto", "ok", "faq", "asap", "eoe", "eeo", "tbd", "am", "pm", "utc", "gmt", "cet", "est", "pst", "et",
    "pt", "usd", "eur", "gbp", "uah", "kpi", "kpis", "okr", "okrs", "llc", "inc", "ltd", "gmbh", "dei", "esg", "wfh",
    "ote", "rsu", "rsus", "mba", "bs", "ms", "bsc", "msc", "phd", "cv", "ipo", "roi", "nda", "fte", "ats", "ada", "yc",
    "h1b", "w2", "401k", "e.g", "i.e", "etc", "vs", "linkedin", "youtube", "iphone", "ipad", "q1", "q2", "q3", "q4",
    "pdt", "cest", "eet", "it", "or", "and", "we", "our", "you", "ii", "iii", "iv", "cs", "ba", "ma", "gpa", "sla",
    "slas", "b2b", "b2c", "cx",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_are_tidy() {
        for (name, sought) in COMMON {
            assert!(!name.is_empty() && !sought.is_empty() && name.trim() == *name, "{name:?}");
        }
        for slug in EVERYDAY_DOMAINS.iter().chain(DOMAIN_WORDS.iter().map(|(_, slug)| slug)) {
            assert!(crate::content::domain::DOMAINS.iter().any(|d| d.slug == *slug), "{slug} is not a domain's slug");
        }
        for word in EVERYDAY_AT_START {
            assert!(CAPITALISED_ONLY.contains(word), "{word}: a capitalised-only name");
        }
        for list in
            [CAPITALISED_ONLY, NOT_TECHNICAL, EVERYDAY_AT_START, NAME_SUFFIXES, GERUND_ONLY, NAME_NOUNS, KIND_NOUNS]
        {
            for word in list {
                assert_eq!(word.to_lowercase(), *word, "{word}: lowercase, as compared");
            }
            let mut sorted: Vec<&str> = list.to_vec();
            sorted.sort_unstable();
            let before = sorted.len();
            sorted.dedup();
            assert_eq!(before, sorted.len(), "a word listed twice");
        }
        let mut names: Vec<String> = COMMON.iter().map(|(n, _)| n.to_lowercase()).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len(), "a name listed twice in COMMON");
    }
}
