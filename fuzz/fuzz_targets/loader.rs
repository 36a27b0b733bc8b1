//! Fuzzes the content loader: any bytes as an item file (front matter and
//! Markdown) and as the profile must give problems or an item, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let files = vec![
        ("projects/fuzzed.md".to_owned(), text.to_owned()),
        ("posts/fuzzed-post.md".to_owned(), text.to_owned()),
        ("profile.toml".to_owned(), text.to_owned()),
    ];
    if let Ok(loaded) = dryga::content::assemble("fuzz/", files) {
        for item in &loaded.corpus.items {
            // Whatever loads must also render.
            let _ = dryga::render::show::text(item, dryga::render::Look { color: true, width: 60 });
        }
    }
    for p in dryga::content::assemble("fuzz/", [("projects/x.md".to_owned(), text)]).err().unwrap_or_default() {
        assert!(p.line >= 1 && p.column >= 1);
    }
});
