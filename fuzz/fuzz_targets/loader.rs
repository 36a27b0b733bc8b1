//! Fuzzes the content loader: any bytes as an item file (front matter and
//! Markdown) and as the profile must give problems or an item, never a panic.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::loader(data));
