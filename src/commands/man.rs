//! `dryga man`: the man page, from the same clap definitions as `--help`
//! (`clap_mangen`), with a section per command and EXIT STATUS, ENVIRONMENT and
//! EXAMPLES from the tables in `cli`.

use clap::CommandFactory;
use clap_mangen::Man;
use roff::{Roff, bold, roman};

use crate::cli::{BROWSE_KEYS, Cli, ENVIRONMENT, EXAMPLES, EXIT_STATUS};

/// Renders one `clap_mangen` part into a string.
fn part(render: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> String {
    let mut buf = Vec::new();
    // Rendering into a Vec cannot fail: io errors come only from the writer.
    let _ = render(&mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// A section (`SH`) or subsection (`SS`) of `(term, description)` pairs as a
/// tagged paragraph list.
fn tagged_in(level: &str, title: &str, rows: &[(&str, &str)]) -> String {
    let mut roff = Roff::new();
    roff.control(level, [title]);
    for (term, what) in rows {
        roff.control("TP", []);
        roff.text([bold(*term)]);
        roff.text([roman(*what)]);
    }
    roff.to_roff()
}

/// A section of `(term, description)` pairs as a tagged paragraph list.
fn tagged(title: &str, rows: &[(&str, &str)]) -> String {
    tagged_in("SH", title, rows)
}

/// The whole man page.
pub fn page() -> String {
    let cmd = Cli::command();
    let version = cmd.get_version().unwrap_or_default().to_owned();
    let man = Man::new(cmd.clone()).title("DRYGA").source(format!("dryga {version}")).manual("User Commands");
    let mut out = String::new();
    out.push_str(&part(|w| man.render_title(w)));
    out.push_str(&part(|w| man.render_name_section(w)));
    out.push_str(&part(|w| man.render_synopsis_section(w)));
    out.push_str(&part(|w| man.render_description_section(w)));
    out.push_str(&part(|w| man.render_options_section(w)));
    out.push_str(&part(|w| man.render_subcommands_section(w)));
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let name = format!("dryga {}", sub.get_name());
        let mut roff = Roff::new();
        roff.control("SH", [name.to_uppercase().as_str()]);
        let usage = sub.clone().bin_name(&name).render_usage().to_string();
        roff.text([bold(usage.trim_start_matches("Usage: ").to_owned())]);
        roff.control("PP", []);
        let about = sub.get_long_about().or(sub.get_about()).map(ToString::to_string).unwrap_or_default();
        roff.text([roman(about)]);
        out.push_str(&roff.to_roff());
        // The command's own options, grouped by heading, as subsections.
        let options = part(|w| Man::new(sub.clone()).render_options_section(w));
        out.push_str(&options.replace(".SH ", ".SS "));
        if sub.get_name() == "browse" {
            out.push_str(&tagged_in("SS", "Keys", BROWSE_KEYS));
        }
    }
    out.push_str(&tagged("EXIT STATUS", EXIT_STATUS));
    out.push_str(&tagged("ENVIRONMENT", ENVIRONMENT));
    out.push_str(&tagged("EXAMPLES", EXAMPLES));
    out.push_str(&part(|w| man.render_version_section(w)));
    out
}
