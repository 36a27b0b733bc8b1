//! `dryga check`: validate a content folder (or the bundled content) and list
//! every problem, for people (a table, or `path:line:column: message` lines)
//! or CI (JSON).

use std::path::{Path, PathBuf};

use super::Report;
use crate::cli::CheckArgs;
use crate::content;
use crate::content::Problem;
use crate::error::Result;
use crate::output::Terminal;
use crate::query::lookup;
use crate::render::check::{self, Summary};

/// The folder `check` checks when none is given: the content folder in use
/// (`--content-dir`, `DRYGA_CONTENT_DIR`), else `./content` when there is one
/// (a content author's checkout), else none: the bundled content.
fn default_folder(in_use: Option<&Path>) -> Option<PathBuf> {
    in_use.map(Path::to_path_buf).or_else(|| {
        let here = PathBuf::from("./content");
        here.is_dir().then_some(here)
    })
}

/// Runs `check` on `args.dir` (or its `--content-dir`), else the default folder, and says which it checked.
/// Exit status: 0 no errors (warnings allowed), 1 errors found, 2 folder unreadable.
pub fn run(args: &CheckArgs, in_use: Option<&Path>, term: &Terminal) -> Result<Report> {
    let dir = args.dir.clone().or_else(|| args.content_dir.clone()).or_else(|| default_folder(in_use));
    let mut checked = content::check(dir.as_deref())?;
    // What the folder's layout leaves unread (the bundled content's is its
    // own): with the other problems, errors or not (a misplaced file is
    // often why an author looks at errors).
    let layout = dir.as_deref().map(content::dir::layout_problems).unwrap_or_default();
    match &mut checked.result {
        Ok(loaded) => {
            let shared = shared_titles(&loaded.corpus.items);
            loaded.warnings.extend(shared);
            loaded.warnings.extend(layout);
        }
        // Those of the files without errors too: every problem.
        Err(problems) => {
            problems.extend(shared_titles(&checked.unloaded));
            problems.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
            problems.extend(layout);
        }
    }
    let format = args.json.resolve(args.format, term.is_tty);
    let summary = Summary::new(&checked);
    Ok(Report {
        notes: vec![summary.line(&checked)],
        found: summary.errors == 0,
        ..Report::found(check::render(&checked, format, term.look)?)
    })
}

/// A warning for each item whose title an item before it has
/// ([`lookup::shared_titles`]): `show` by that title names neither. At the
/// item's `title` line, its file read again. A problem only `check` looks
/// for: a command that loads the folder says what a load through the index
/// says, which keeps no titles to compare (the bundled content has none).
fn shared_titles(items: &[content::Item]) -> Vec<Problem> {
    lookup::shared_titles(items)
        .into_iter()
        .map(|(item, earlier)| {
            let at =
                std::fs::read_to_string(&item.path).map_or((1, 1), |text| content::parse::key_in_file(&text, "title"));
            let message =
                format!("title {:?} is also {}'s: `show` by that title names neither", item.title, earlier.slug);
            Problem::warning(&item.path, at, message)
                .with_hint("give each item a title of its own, or show them by their slugs")
        })
        .collect()
}
