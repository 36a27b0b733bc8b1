//! `dryga resume`: the résumé as one screen of text, Markdown, JSON Resume or
//! HTML; with `--for FILE`, tailored to a job description read from FILE or
//! standard input.

use std::io::Read as _;
use std::path::Path;

use super::Report;
use crate::cli::ResumeArgs;
use crate::content::Corpus;
use crate::error::{Error, Result};
use crate::output::Terminal;
use crate::query::resume::Resume;
use crate::query::tailor::{Job, Tailoring};
use crate::render::resume;

/// The largest job description read, in bytes: a few pages are a few KiB.
pub const MAX_JOB_BYTES: usize = 1 << 20;

/// Runs `resume`; `dryga` begins the commands the text view names ([`super::dryga_in`]).
pub fn run(corpus: &Corpus, args: &ResumeArgs, term: &Terminal, dryga: &str) -> Result<Report> {
    let format = args.json.resolve(args.format, term.is_tty);
    let tailoring = match &args.job {
        Some(path) => {
            let text = read_job(path)?;
            let job = Job::read(&text, corpus).ok_or_else(|| Error::JobWithoutWords { path: path.clone() })?;
            let mut tailoring = Tailoring::new(corpus, job);
            tailoring.file = Some(path.to_string_lossy().into_owned());
            Some(tailoring)
        }
        None => None,
    };
    let resume = Resume::new(corpus, tailoring.as_ref());
    Ok(Report::found(resume::render(&resume, format, args.full, term.look, dryga)?))
}

/// The text of a job description: the file at `path`, or standard input for
/// `-`, at most [`MAX_JOB_BYTES`]; invalid UTF-8 is replaced, not refused.
fn read_job(path: &Path) -> Result<String> {
    let unreadable = |source| Error::JobUnreadable { path: path.to_owned(), source };
    let mut bytes = Vec::new();
    let limit = u64::try_from(MAX_JOB_BYTES).unwrap_or(u64::MAX) + 1;
    if path.as_os_str() == "-" {
        std::io::stdin().lock().take(limit).read_to_end(&mut bytes).map_err(unreadable)?;
    } else {
        let file = std::fs::File::open(path).map_err(unreadable)?;
        if file.metadata().map_err(unreadable)?.is_dir() {
            return Err(unreadable(std::io::Error::other("it is a folder")));
        }
        file.take(limit).read_to_end(&mut bytes).map_err(unreadable)?;
    }
    if bytes.len() > MAX_JOB_BYTES {
        return Err(Error::JobTooLarge { path: path.to_owned(), limit: MAX_JOB_BYTES });
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
