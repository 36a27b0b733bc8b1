//! Rendering: turns items and results into the bytes of each output format.
//! Renderers write into a `String`; only the edge (`output`) writes to stdout.
//!
//! The format enums here are plain types: the command line maps its flags onto
//! them (`cli::values`), so that nothing in this layer knows of clap.

pub mod card;
pub mod check;
pub mod csv;
pub mod export;
pub mod json;
pub mod listing;
pub mod markdown;
pub mod md_table;
pub mod resume;
pub mod search;
pub mod show;
pub mod style;
pub mod table;
pub mod wrap;

/// How text output should look: colour on or off, and the width to fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    /// Whether to emit ANSI styles.
    pub color: bool,
    /// Columns to fit.
    pub width: usize,
}

/// Whether `word` reaches a shell's command line as written, unquoted: letters
/// of any script, digits and `-_.+` (`Team's`, with a quote, would not). What
/// a completion offers as one word.
pub fn shell_plain(word: &str) -> bool {
    word.chars().all(|c| c.is_alphanumeric() || "-_.+".contains(c))
}

/// `s` quoted for a POSIX shell: as is when it is one plain word, else in
/// single quotes.
pub fn shell_quote(s: &str) -> String {
    if !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c)) {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// What a POSIX shell makes of `word`, one plain word typed on its command
/// line, by quote removal: the inverse of [`shell_quote`]. Inside single
/// quotes every character is itself; inside double quotes a backslash escapes
/// only `$`, `` ` ``, `"` and `\`; outside quotes it escapes any character (a
/// backslash before a newline, in double quotes or out, goes with it: the
/// line goes on). Nothing is expanded (`~`, `$NAME`, `` `…` `` and bash's
/// `$'…'` are kept as typed), and a quote left open runs to the end of the
/// word, as a shell completing the word reads it.
pub fn shell_unquote(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut chars = word.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' => out.extend(chars.by_ref().take_while(|&c| c != '\'')),
            '"' => {
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => match chars.next() {
                            Some('\n') => {}
                            Some(e @ ('$' | '`' | '"' | '\\')) => out.push(e),
                            Some(e) => out.extend(['\\', e]),
                            None => out.push('\\'),
                        },
                        c => out.push(c),
                    }
                }
            }
            '\\' => match chars.next() {
                Some('\n') => {}
                Some(e) => out.push(e),
                None => out.push('\\'),
            },
            c => out.push(c),
        }
    }
    out
}

/// `--name VALUE` for a command line a message names, the value quoted with
/// [`shell_quote`]. A value that starts with `-` comes after `=` (clap
/// takes `--for -x`'s `-x` for an option, quoted or not: the shell takes the
/// quotes away), but for `-` alone, standard input, which clap takes as a value.
pub fn shell_option(name: &str, value: &str) -> String {
    let to = if value.starts_with('-') && value != "-" { '=' } else { ' ' };
    format!("{name}{to}{}", shell_quote(value))
}

/// Output formats of listings (`list`, `posts`, `tags`, `domains`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListFormat {
    /// Aligned columns fitted to the width.
    Table,
    /// One slug (or name) a line.
    Plain,
    /// One JSON array.
    Json,
    /// One JSON object a line.
    Ndjson,
    /// Comma-separated values with a header row.
    Csv,
}

/// Output formats of `show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShowFormat {
    /// Rendered for the terminal: wrapped, styled when colour is on.
    Text,
    /// The Markdown source of the body.
    Markdown,
    /// One JSON object with the body and the rendered text.
    Json,
}

/// Output formats of `search`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchFormat {
    /// Hits with snippets.
    Text,
    /// One JSON array of hits.
    Json,
    /// One JSON hit a line.
    Ndjson,
}

/// Output formats of `resume`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResumeFormat {
    /// One screen to skim.
    Text,
    /// Markdown to paste into a document.
    Markdown,
    /// A JSON Resume document.
    JsonResume,
    /// One self-contained HTML page.
    Html,
}

/// Output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckFormat {
    /// Location, severity and message in columns.
    Table,
    /// One problem a line: `path:line:column: message`.
    Plain,
    /// One JSON object with counts and every problem.
    Json,
}

/// Output formats of `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// One JSON object: the profile, the projects and the posts.
    Json,
    /// One JSON object a line: each project and post.
    Ndjson,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_unquoted_as_a_posix_shell_does() {
        for (typed, passed) in [
            ("plain/word", "plain/word"),
            ("'/a/my dir'", "/a/my dir"),
            ("'it'\\''s'", "it's"),
            ("/a/my\\ dir/it\\'s", "/a/my dir/it's"),
            ("\"/a/it's\"", "/a/it's"),
            // In double quotes a backslash escapes $ ` " \ only.
            (r#""\$HOME \` \" \\ \x""#, r#"$HOME ` " \ \x"#),
            // Quoted pieces and plain ones make one word.
            ("/a/\"my dir\"/'it'\\'s'", "/a/my dir/it's"),
            ("''", ""),
            ("\"\"", ""),
            // A backslash and a newline: the line goes on.
            ("a\\\nb\"c\\\nd\"", "abcd"),
            // Nothing is expanded.
            ("~/x", "~/x"),
            ("$HOME", "$HOME"),
            // Left open: to the end (a word being completed).
            ("'/a/my d", "/a/my d"),
            ("\"/a/my d", "/a/my d"),
            ("end\\", "end\\"),
        ] {
            assert_eq!(shell_unquote(typed), passed, "{typed}");
        }
    }

    proptest::proptest! {
        /// Whatever the text, unquoting it quoted gives it back: the quoting
        /// of the commands dryga names, and the two other ways a shell user
        /// quotes (a backslash before each character; double quotes).
        #[test]
        fn unquoting_a_quoted_text_gives_it_back(text in "(.|[ '\"\\\\$`~\n\t*?!#;&|<>(){}\\[\\]=:])*") {
            proptest::prop_assert_eq!(shell_unquote(&shell_quote(&text)), text.clone());
            let escaped: String = text.chars().flat_map(|c| ['\\', c]).collect();
            let kept = text.replace('\n', "");
            proptest::prop_assert_eq!(shell_unquote(&escaped), kept);
            let doubled: String = text.chars().fold(String::from('"'), |mut q, c| {
                if "$`\"\\".contains(c) {
                    q.push('\\');
                }
                q.push(c);
                q
            }) + "\"";
            proptest::prop_assert_eq!(shell_unquote(&doubled), text);
        }
    }
}
