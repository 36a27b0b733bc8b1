//! CSV output by the `csv` crate: a header row, then one record per row,
//! quoted where RFC 4180 says, with LF line ends (as `awk` and `read` expect).
//! Control characters from the content are removed: CSV is text, and may well
//! meet a terminal.

use crate::error::{Error, Result};

/// A CSV document of `header` and `rows`.
pub fn document<S: AsRef<str>>(header: &[&str], rows: impl IntoIterator<Item = Vec<S>>) -> Result<String> {
    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(Vec::new());
    let fail = |e: csv::Error| Error::Csv { message: e.to_string() };
    writer.write_record(header).map_err(fail)?;
    for row in rows {
        writer.write_record(row.iter().map(|f| crate::sanitize::clean(f.as_ref()).into_owned())).map_err(fail)?;
    }
    let bytes = writer.into_inner().map_err(|e| Error::Csv { message: e.error().to_string() })?;
    // Every field went in as a `str`: the bytes are UTF-8.
    String::from_utf8(bytes).map_err(|e| Error::Csv { message: e.to_string() })
}

#[cfg(test)]
mod tests {
    #[test]
    fn quotes_only_when_needed_and_ends_lines_with_lf() {
        let out = super::document(&["a", "b"], [vec!["x", "b,c"], vec!["say \"hi\"", "x\ny\u{1b}[2J"]]).expect("csv");
        assert_eq!(out, "a,b\nx,\"b,c\"\n\"say \"\"hi\"\"\",\"x\ny\"\n");
    }
}
