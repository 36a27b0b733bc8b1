//! `dryga browse`: its screens drawn with ratatui's `TestBackend` and pinned
//! as snapshots (`tests/snapshots/browse-*.txt`; refresh with
//! `SNAPSHOTS=overwrite cargo test browse`, then read the diff); drawing at
//! every size without a panic or a cell past the edge; the refusal without a
//! terminal; and, opt-in (`.ci/run` installs tmux), the real binary on a
//! terminal: tmux types the keys and `capture-pane` reads the screen.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use dryga::browse::{self, Browser, Screen, View};
use dryga::content::Corpus;
use ratatui_core::buffer::Buffer;
use ratatui_core::style::Style;
use unicode_width::UnicodeWidthStr;

use crate::support::{BIN, Tmux, corpus, snap, temp_dir};

/// The text of a drawn screen, one line a row, trailing spaces trimmed.
fn text(buf: &Buffer) -> String {
    let width = usize::from(buf.area.width);
    let mut out = String::new();
    for row in buf.content.chunks(width.max(1)) {
        let mut line = String::new();
        let mut skip = 0;
        for cell in row {
            // A wide character covers the next cell, which holds nothing to print.
            if skip == 0 {
                line.push_str(cell.symbol());
            }
            skip = cell.symbol().width().max(skip).saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The screen followed by its styles: each run of cells in a style other than
/// the default, as `row col..col: style`.
fn text_and_styles(buf: &Buffer) -> String {
    let mut out = text(buf);
    out.push_str("\n-- styles --\n");
    let width = usize::from(buf.area.width);
    for (y, row) in buf.content.chunks(width.max(1)).enumerate() {
        let mut x = 0;
        while x < row.len() {
            let style = row[x].style();
            let end = x + row[x..].iter().take_while(|c| c.style() == style).count();
            let described = describe(style);
            if !described.is_empty() {
                let _ = writeln!(out, "{y:>2} {x:>3}..{:<3} {described}", end - 1);
            }
            x = end;
        }
    }
    out
}

/// A style in a few words: colours and modifiers.
fn describe(style: Style) -> String {
    let mut parts = Vec::new();
    if let Some(fg) = style.fg.filter(|c| *c != ratatui_core::style::Color::Reset) {
        parts.push(format!("fg {fg}"));
    }
    if let Some(bg) = style.bg.filter(|c| *c != ratatui_core::style::Color::Reset) {
        parts.push(format!("bg {bg}"));
    }
    if !style.add_modifier.is_empty() {
        parts.push(format!("{:?}", style.add_modifier));
    }
    parts.join(", ")
}

fn press(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// A browser over `corpus` after `keys` were typed (text) and `presses` pressed.
fn browser<'a>(corpus: &'a Corpus, color: bool, typed: &str, presses: &[KeyCode]) -> Browser<'a> {
    let mut b = Browser::new(corpus, color);
    for key in browse::keys(typed) {
        b.key(key);
    }
    for code in presses {
        b.key(press(*code));
    }
    b
}

/// Draws `b` at `width` × `height`, twice (the second frame is the one a
/// user sees after the first has measured the panes), and returns the buffer.
fn draw(b: &mut Browser<'_>, width: u16, height: u16) -> Buffer {
    let mut view = View::default();
    browse::frame(b, &mut view, width, height);
    browse::frame(b, &mut view, width, height)
}

macro_rules! pinned {
    ($actual:expr, $file:literal) => {
        snapbox::assert_data_eq!($actual, snapbox::file![$file].raw())
    };
}

#[test]
fn the_list_with_the_preview() {
    let c = corpus();
    let mut b = browser(&c, false, "", &[]);
    pinned!(text(&draw(&mut b, 100, 30)), "../snapshots/browse-list.txt");
}

#[test]
fn filtered_best_match_first_with_matches_highlighted() {
    let c = corpus();
    let mut b = browser(&c, false, "logjs", &[KeyCode::Down]);
    pinned!(text_and_styles(&draw(&mut b, 100, 12)), "../snapshots/browse-filtered.txt");
}

#[test]
fn the_preview_scrolls_with_page_keys() {
    let c = corpus();
    let mut b = browser(&c, false, "", &[]);
    draw(&mut b, 100, 30);
    b.key(press(KeyCode::PageDown));
    b.key(press(KeyCode::PageDown));
    pinned!(text(&draw(&mut b, 100, 30)), "../snapshots/browse-preview-scrolled.txt");
}

#[test]
fn enter_reads_an_item_in_full() {
    let c = corpus();
    let mut b = browser(&c, false, "sage", &[KeyCode::Enter]);
    pinned!(text(&draw(&mut b, 100, 30)), "../snapshots/browse-reader.txt");
}

#[test]
fn search_mode_shows_hits_with_snippets_and_sections() {
    let c = corpus();
    let mut b = browser(&c, false, "terraform", &[KeyCode::Tab]);
    pinned!(text(&draw(&mut b, 100, 30)), "../snapshots/browse-search.txt");
}

/// A key whose work is slow (a search) shows at once, with "searching…";
/// the hits follow when no other key waits.
#[test]
fn a_search_key_shows_before_the_search_runs() {
    let c = corpus();
    let mut b = browser(&c, false, "", &[KeyCode::Tab]);
    let mut view = View::default();
    browse::frame(&mut b, &mut view, 100, 10);
    b.key(press(KeyCode::Char('m')));
    assert!(b.slow_work_pending());
    let echo = text(&browse::frame_as_is(&mut b, &mut view, 100, 10));
    assert!(
        echo.starts_with(" search › m ") && echo.lines().next().is_some_and(|l| l.ends_with("searching…")),
        "{echo}"
    );
    for key in browse::keys("imir") {
        b.key(key);
    }
    let done = text(&browse::frame(&mut b, &mut view, 100, 10));
    assert!(!b.slow_work_pending());
    assert!(done.lines().next().is_some_and(|l| l.starts_with(" search › mimir") && l.ends_with("1 hit")), "{done}");
}

/// Regression: the preview and the reader opened a hit at the first heading
/// named as its innermost one: `Client › Linux` at `Server › Linux`.
#[test]
fn a_hit_opens_at_its_own_section_of_two_of_the_same_name() {
    let dir = temp_dir();
    std::fs::write(
        dir.path().join("profile.toml"),
        "name = \"N\"\nhandle = \"n\"\nheadline = \"H\"\nsummary = \"S.\"\n",
    )
    .expect("profile");
    std::fs::create_dir(dir.path().join("projects")).expect("projects");
    let guide = "+++\ntitle = \"Install guide\"\nsummary = \"How to install it.\"\ndomain = \"web\"\ntags = [\"guide\"]\norder = 1\n+++\n\n\
        Intro.\n\n## Server\n\n### Linux\n\nInstall the server package with apt.\n\n### macOS\n\nUse brew.\n\n\
        ## Client\n\n### Linux\n\nThe client needs flatpak, the zebrafish way.\n\n### macOS\n\nUse brew too.\n";
    std::fs::write(dir.path().join("projects/guide.md"), guide).expect("guide");
    let c = dryga::content::load(Some(dir.path())).expect("the folder loads").corpus;
    let mut b = browser(&c, false, "zebrafish", &[KeyCode::Tab]);
    for screen in ["preview", "reader"] {
        let shown = text(&draw(&mut b, 100, 14));
        assert!(shown.contains("The client needs flatpak"), "{screen}:\n{shown}");
        assert!(!shown.contains("Install the server package"), "{screen}:\n{shown}");
        b.key(press(KeyCode::Enter));
    }
}

#[test]
fn narrow_screens_put_the_preview_below_or_hide_it() {
    let c = corpus();
    let mut b = browser(&c, false, "", &[]);
    let mut out = text(&draw(&mut b, 50, 30));
    out.push_str("\n-- 50×12: no room for a preview --\n");
    out.push_str(&text(&draw(&mut b, 50, 12)));
    pinned!(out, "../snapshots/browse-narrow.txt");
}

#[test]
fn monochrome_shows_the_selection_in_reverse_video() {
    let c = corpus();
    let mut b = browser(&c, false, "ecto", &[]);
    let buf = draw(&mut b, 80, 8);
    assert!(
        buf.content
            .iter()
            .all(|cell| cell.fg == ratatui_core::style::Color::Reset && cell.bg == ratatui_core::style::Color::Reset)
    );
    pinned!(text_and_styles(&buf), "../snapshots/browse-mono.txt");
}

#[test]
fn colour_uses_the_palette() {
    let c = corpus();
    let mut b = browser(&c, true, "ecto", &[]);
    pinned!(text_and_styles(&draw(&mut b, 80, 8)), "../snapshots/browse-colour.txt");
}

#[test]
fn the_resume_and_the_keys_open_in_the_reader() {
    let c = corpus();
    let mut b = browser(&c, false, "", &[KeyCode::Char('r')]);
    let resume = text(&draw(&mut b, 100, 30));
    assert!(resume.starts_with(" Résumé"), "{resume}");
    assert!(resume.contains("Andrew Dryga"), "{resume}");
    // Nothing here to copy: the status line does not offer it (an item's does).
    let status = |screen: &str| screen.lines().last().unwrap_or_default().to_owned();
    assert!(status(&resume).contains("Esc back") && !status(&resume).contains("copy"), "{resume}");
    b.key(press(KeyCode::Esc));
    b.key(press(KeyCode::Char('?')));
    let keys = text(&draw(&mut b, 100, 30));
    for (key, _) in dryga::cli::BROWSE_KEYS {
        assert!(keys.contains(key), "{key} is missing:\n{keys}");
    }
    assert!(!status(&keys).contains("copy"), "{keys}");
    b.key(press(KeyCode::Esc));
    b.key(press(KeyCode::Enter));
    let item = text(&draw(&mut b, 100, 30));
    assert!(status(&item).contains("y copy"), "{item}");
}

/// An item read from an empty search shows the reader's hints, not the
/// search line's "type words" (typing does nothing there).
#[test]
fn the_reader_opened_from_an_empty_search_shows_its_own_hints() {
    let c = corpus();
    let mut b = browser(&c, false, "", &[KeyCode::Tab]);
    let list = text(&draw(&mut b, 100, 30));
    assert!(list.lines().last().is_some_and(|l| l.contains("type words")), "{list}");
    b.key(press(KeyCode::Enter));
    let reader = text(&draw(&mut b, 100, 30));
    let status = reader.lines().last().unwrap_or_default();
    assert!(status.contains("Esc back") && !status.contains("type words"), "{reader}");
}

/// The reader's title line keeps the slug whole (what `dryga show` takes,
/// copied from the screen): the title is cut first, then the place in the
/// text let go; only a screen narrower than the slug cuts it.
#[test]
fn the_reader_keeps_the_slug_whole_on_a_narrow_screen() {
    let c = corpus();
    let mut b = browser(&c, false, "mastercard", &[KeyCode::Enter]);
    let slug = "mastercard-moneysend";
    for width in [100, 40, 31, 30, 24, 23] {
        let screen = text(&draw(&mut b, width, 12));
        let head = screen.lines().next().unwrap_or_default();
        assert!(head.split(' ').any(|w| w == slug), "{width}: {head:?}");
        if width >= 40 {
            assert!(head.contains("1–"), "{width}: the place in the text fits too: {head:?}");
        }
    }
    let head = text(&draw(&mut b, 20, 12)).lines().next().unwrap_or_default().to_owned();
    assert_eq!(head, " mastercard-money…");
}

/// The résumé of a folder names commands that read it, as `dryga resume`
/// does: `browse --content-dir DIR` named `dryga resume --full`, which
/// shows the bundled résumé.
#[test]
fn the_resume_names_commands_as_the_run_begins_them() {
    let c = corpus();
    let mut b = browser(&c, false, "", &[]);
    let dryga = "dryga --content-dir 'my folder'";
    b.name_commands_as(dryga);
    b.key(press(KeyCode::Char('r')));
    let resume = text(&draw(&mut b, 100, 100));
    assert!(resume.contains(&format!("Everything in full: {dryga} resume --full")), "{resume}");
    assert!(resume.contains(&format!("{dryga} posts")) && !resume.contains("dryga resume"), "{resume}");
}

/// Nothing panics and nothing is drawn past the edge, at any size, on any
/// screen: drawn into the middle of a larger buffer, every cell of the
/// margin around it stays blank (a terminal's edge cuts off what passes it
/// unseen), and no row is wider than the screen.
#[test]
fn every_size_draws_within_the_edges() {
    let c = corpus();
    let screens: &[(&str, &[KeyCode])] = &[
        ("", &[]),
        ("mimir", &[KeyCode::Tab]),
        ("", &[KeyCode::Enter]),
        ("", &[KeyCode::Char('r')]),
        ("zzzzzz", &[]),
        ("#elixir a filter wider than a narrow screen, the cursor moved", &[KeyCode::Left, KeyCode::Left]),
        ("漢字のタイトル", &[KeyCode::Tab, KeyCode::Left]),
    ];
    // A cell nothing was drawn in (a screen of no cells draws none).
    let blank = browse::frame_within(&mut browser(&c, true, "", &[]), &mut View::default(), 0, 0)[(0, 0)].clone();
    assert_eq!(blank.symbol(), " ");
    for (typed, presses) in screens {
        let mut b = browser(&c, true, typed, presses);
        let mut view = View::default();
        for width in [0, 1, 2, 3, 7, 12, 20, 29, 30, 31, 45, 59, 60, 61, 80, 133, 250] {
            for height in [0, 1, 2, 3, 4, 13, 14, 15, 30, 61] {
                let buf = browse::frame_within(&mut b, &mut view, width, height);
                let (right, bottom) = (width + 1, height + 1);
                for y in 0..=bottom {
                    for x in 0..=right {
                        if x == 0 || y == 0 || x == right || y == bottom {
                            assert_eq!(
                                buf[(x, y)],
                                blank,
                                "{typed:?} {presses:?} {width}×{height}: drawn at ({x}, {y}), past the edge\n{}",
                                text(&buf)
                            );
                        }
                    }
                }
                for line in text(&buf).lines() {
                    assert!(line.width() <= usize::from(width) + 2, "{typed:?} {presses:?} {width}×{height}: {line:?}");
                }
            }
        }
    }
}

#[test]
fn without_a_terminal_it_says_to_use_list() {
    // stdin and stdout are pipes here.
    snap(["browse"]).assert().code(2).stdout_eq("").stderr_eq("dryga: browse needs a terminal; try dryga list\n");
    snap(["b", "#elixir"]).assert().code(2).stderr_eq("dryga: browse needs a terminal; try dryga list\n");
}

/// What only the browser's tests do with a terminal.
impl Tmux {
    /// Esc alone: a key right after it would make an Alt sequence.
    fn escape(&self) {
        let before = self.screen();
        self.keys(&["Escape"]);
        // Read alone: crossterm takes ESC and a key read together for Alt+key, ESC ESC for one Esc.
        self.wait_until("the screen after Esc", |s| s != before);
    }

    /// After leaving: the shell is back on the main screen with the cursor
    /// shown and the terminal in cooked mode, and the exit status was `status`.
    fn assert_shell_back(&self, status: u8) {
        // The shell prints its prompt only once the browser has ended, so after
        // it restored the terminal: a line typed before that (the main screen
        // is back before raw mode is off) would end in a bare CR, never a line.
        self.wait_until("the shell's prompt back on the main screen", |s| {
            s.lines().rev().find(|l| !l.trim().is_empty()).is_some_and(|l| l.trim_end() == "$")
        });
        assert_eq!(self.pane("#{alternate_on}"), "0", "still on the alternate screen:\n{}", self.screen());
        // `checked-$((1+1))` shows as checked-2 only once the shell has run the line.
        self.line("echo status=$?; stty -a | tr ' ;' '\\n\\n' | grep -x -e -icanon -e icanon -e -echo -e echo | tr '\\n' ' '; echo checked-$((1+1))");
        let screen = self.wait_for("checked-2");
        assert!(screen.contains(&format!("status={status}\n")), "the exit status is not {status}:\n{screen}");
        assert!(screen.contains("icanon echo checked-2"), "the terminal is still raw:\n{screen}");
        assert_eq!(self.pane("#{cursor_flag}"), "1", "the cursor is hidden:\n{screen}");
    }
}

#[test]
#[ignore = "needs tmux"]
fn tmux_filter_read_search_resize_and_quit_with_q() {
    let t = Tmux::start(100, 30);
    t.line(&format!("{BIN} browse"));
    t.wait_for("38/38");
    t.keys(&["ecto"]);
    t.wait_for_all(&["▌Ecto Mnesia Adapter", "filter › ecto"]);
    t.keys(&["Enter"]);
    t.wait_until("the reader on Ecto Mnesia Adapter", |s| {
        s.contains("Esc back") && s.starts_with(" Ecto Mnesia Adapter")
    });
    t.escape();
    t.keys(&["Tab", "C-u"]);
    t.keys(&["mimir"]);
    // "▸": the preview is at the section the hit is in.
    t.wait_for_all(&["§ Monitoring Was Noisy", "search › mimir", "1 hit", "▸ Monitoring Was Noisy and Expensive"]);
    t.run(&["resize-window", "-t", "t", "-x", "50", "-y", "30"]);
    // Until the browser redraws, tmux shows the old frame cut at 50 columns.
    t.wait_until("the preview under the list at 50×30", |s| {
        s.contains(&"─".repeat(50)) && !s.contains('│') && s.lines().all(|l| l.width() <= 50)
    });
    t.run(&["resize-window", "-t", "t", "-x", "50", "-y", "12"]);
    // Until the browser redraws, tmux shows the old frame's last 12 rows.
    t.wait_until("no preview at 50×12", |s| {
        !s.contains('─') && s.lines().count() <= 12 && s.contains("search › mimir")
    });
    t.escape();
    t.wait_for("38/38");
    // In search, `q` is a word's first letter; in the filter, emptied, it leaves.
    t.keys(&["q"]);
    t.wait_for("search › q");
    t.keys(&["C-u", "Tab"]);
    t.wait_for("filter ›");
    t.keys(&["q"]);
    t.assert_shell_back(0);
}

#[test]
#[ignore = "needs tmux"]
fn tmux_ctrl_c_leaves_from_the_reader() {
    let t = Tmux::start(80, 24);
    t.line(&format!("{BIN} b '#elixir'"));
    t.wait_for("filter › #elixir");
    t.keys(&["Enter"]);
    t.wait_for("Esc back");
    t.keys(&["C-c"]);
    t.assert_shell_back(0);
}

/// Regression: without bracketed paste, pasted text came as keys: a pasted
/// `queue` on an empty filter left the browser, a line break opened the reader.
#[test]
#[ignore = "needs tmux"]
fn tmux_pasted_text_goes_into_the_filter_line() {
    let t = Tmux::start(100, 30);
    t.line(&format!("{BIN} browse"));
    t.wait_for("38/38");
    t.run(&["set-buffer", "-b", "pasted", "queue\nlogger json\n"]);
    // -p: bracketed, when the application asked for it.
    t.run(&["paste-buffer", "-p", "-b", "pasted", "-t", "t"]);
    t.wait_for("filter › queue logger json");
    t.escape();
    t.wait_for("38/38");
    t.keys(&["q"]);
    t.assert_shell_back(0);
}

/// Runs `browse` in the pane as a process whose id it returns, once the
/// screen shows `ready`.
fn browse_with_pid(t: &Tmux, env: &str, ready: &str) -> u32 {
    let pid = t.home().join("pid");
    t.line(&format!("sh -c 'echo $$ > {}; exec env {env} {BIN} browse'", pid.display()));
    t.wait_for(ready);
    std::fs::read_to_string(&pid).expect("the pid").trim().parse().expect("a pid")
}

/// Sends `signal` to `pid` with the shell's own `kill` (procps may be missing).
fn kill(signal: &str, pid: u32) {
    let status = Command::new("sh").args(["-c", &format!("kill {signal} {pid}")]).status().expect("sh runs");
    assert!(status.success());
}

/// A signal that ends a process restores the terminal, then ends the
/// browser by that signal, as it would have ended it (128 and its number:
/// it said 0, a quit); SIGUSR1 left the alternate screen on.
#[test]
#[ignore = "needs tmux"]
fn tmux_a_signal_restores_the_terminal_and_ends_the_browser_by_it() {
    for (signal, status) in [("-TERM", 143), ("-HUP", 129), ("-USR1", 138)] {
        let t = Tmux::start(80, 24);
        let pid = browse_with_pid(&t, "", "38/38");
        kill(signal, pid);
        t.assert_shell_back(status);
    }
}

/// Stopped from elsewhere (SIGTSTP or SIGSTOP: it stops where it is, and
/// the shell takes the terminal in its own modes and draws over the
/// screen), then continued with `fg`, the browser takes the terminal again
/// and draws the whole screen: keys go to it one at a time (it read them a
/// line at a time, echoed over the screen). Ctrl-Z still hands it back.
#[test]
#[ignore = "needs tmux"]
fn tmux_stopped_and_continued_from_elsewhere_the_browser_takes_the_terminal_again() {
    let t = Tmux::start_shell(80, 24, "bash --norc --noprofile -i");
    let pid = t.home().join("pid");
    t.line(&format!("sh -c 'echo $$ > {}; exec {BIN} browse'", pid.display()));
    t.wait_for("38/38");
    let pid: u32 = std::fs::read_to_string(&pid).expect("the pid").trim().parse().expect("a pid");
    for (signal, typed) in [("-TSTP", "e"), ("-STOP", "c")] {
        kill(signal, pid);
        t.wait_for("Stopped");
        t.line("clear; fg");
        t.wait_until("the whole screen drawn again", |s| s.starts_with(" filter ›") && !s.contains("Stopped"));
        t.keys(&[typed]);
    }
    t.wait_for("filter › ec");
    t.keys(&["C-z"]);
    t.wait_for("Stopped");
    assert_eq!(t.pane("#{alternate_on}"), "0", "Ctrl-Z left the alternate screen on:\n{}", t.screen());
    t.line("fg");
    t.wait_for("filter › ec");
    t.keys(&["C-u"]);
    t.wait_for("38/38");
    t.keys(&["q"]);
    t.assert_shell_back(0);
}

/// Regression: on a terminal that hung up (the window closed), crossterm
/// read end-of-file forever at full CPU and the browser never ended.
#[test]
#[ignore = "needs tmux"]
fn tmux_a_hung_up_terminal_ends_the_browser() {
    let t = Tmux::start(80, 24);
    let pid = browse_with_pid(&t, "", "38/38");
    t.run(&["kill-server"]);
    let start = Instant::now();
    // Ended: gone, or a zombie (its parent, the pane's shell, is gone too; init reaps it when it will).
    let running = |pid: u32| {
        std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .is_ok_and(|stat| stat.rsplit_once(')').is_some_and(|(_, rest)| !rest.trim_start().starts_with('Z')))
    };
    while running(pid) {
        if start.elapsed() > Duration::from_secs(5) {
            kill("-KILL", pid);
            panic!("the browser still ran 5 s after its terminal closed");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
#[ignore = "needs tmux"]
fn tmux_a_panic_restores_the_terminal_before_its_message() {
    let t = Tmux::start(80, 24);
    // Debug builds only: a panic after the first frame, to test the hook.
    browse_with_pid(&t, "DRYGA_BROWSE_PANIC_FOR_TESTS=1", "panicked");
    // The panic's message, after the terminal was restored (the command
    // line typed names the variable too: the message's own words are looked for).
    t.wait_for("is set: a panic to test that the terminal");
    t.assert_shell_back(101);
}

#[test]
#[ignore = "needs tmux"]
fn tmux_without_a_terminal_on_stdin_or_stdout() {
    let t = Tmux::start(80, 24);
    t.line(&format!("{BIN} browse < /dev/null; echo status=$?"));
    let screen = t.wait_for("status=2");
    assert!(screen.contains("dryga: browse needs a terminal; try dryga list"), "{screen}");
    t.line(&format!("{BIN} browse | cat; echo piped=$?"));
    let screen = t.wait_for("piped=0");
    assert_eq!(screen.matches("browse needs a terminal").count(), 2, "{screen}");
}

/// The SGR parameters of every `ESC [ … m` in `screen` (tmux's `capture-pane -e`).
fn sgr_params(screen: &str) -> Vec<u16> {
    let re = regex::Regex::new("\u{1b}\\[([0-9;:]*)m").expect("regex");
    re.captures_iter(screen)
        .flat_map(|c| c[1].split([';', ':']).map(|p| p.parse().unwrap_or(0)).collect::<Vec<u16>>())
        .collect()
}

/// Whether an SGR parameter sets a colour (foreground, background, 256 or RGB).
fn is_colour(p: u16) -> bool {
    matches!(p, 30..=38 | 40..=48 | 90..=97 | 100..=107)
}

#[test]
#[ignore = "needs tmux"]
fn tmux_no_color_is_monochrome_with_the_selection_reversed() {
    for (env, colour) in [("", true), ("NO_COLOR=1", false), ("TERM=dumb", false)] {
        let t = Tmux::start(100, 20);
        t.line(&format!("env {env} {BIN} browse"));
        t.wait_for("38/38");
        t.keys(&["ecto"]);
        t.wait_for("▌Ecto");
        let screen = t.run(&["capture-pane", "-e", "-p", "-t", "t"]);
        let params = sgr_params(&screen);
        assert_eq!(params.iter().any(|p| is_colour(*p)), colour, "{env}: {screen:?}");
        assert!(params.contains(&7) || colour, "{env}: the selection is not reversed: {screen:?}");
        t.keys(&["C-c"]);
        t.assert_shell_back(0);
    }
}

/// A content folder of `n` generated items.
fn synthetic(n: usize) -> tempfile::TempDir {
    let dir = temp_dir();
    dryga::synth::write_dir(dir.path(), n, 7).expect("a generated folder");
    dir
}

#[test]
#[ignore = "needs tmux"]
fn tmux_a_large_folder_opens_and_filters() {
    let dir = synthetic(10_000);
    let t = Tmux::start(100, 30);
    t.line(&format!("DRYGA_CONTENT_DIR={} {BIN} browse", path(dir.path())));
    // A debug build reads the 10,000 files in 2 s, 3.3 s on a busy machine.
    t.wait_within(Duration::from_secs(60), "10000/10000", |s| s.contains("10000/10000"));
    t.keys(&["End"]);
    t.wait_until("the last item selected", |s| s.lines().nth(1).is_some_and(|l| !l.starts_with('▌')));
    t.keys(&["x"]);
    t.wait_until("the folder filtered by x", |s| s.contains("filter › x") && !s.contains("10000/10000"));
    t.escape();
    t.escape();
    t.assert_shell_back(0);
}

fn path(p: &Path) -> String {
    p.display().to_string()
}

/// The position in a header (`213–240/240`): the last line shown and how many there are.
fn shown_of(screen: &str) -> (usize, usize) {
    let header = screen.lines().next().unwrap_or_default();
    let at = header.rfind('–').expect("a position");
    let (shown, all) = header[at + '–'.len_utf8()..].trim().split_once('/').expect("shown/all");
    (shown.parse().expect("a number"), all.parse().expect("a number"))
}

/// A resize lays the text out anew: the reader at its end stays at its
/// end, and a hit's section stays in the preview (the line number was
/// kept, so a passage from elsewhere showed).
#[test]
fn a_resize_keeps_the_place_in_the_text() {
    let c = corpus();
    let mut b = browser(&c, false, "blitz", &[KeyCode::Enter, KeyCode::Char('G')]);
    for (width, height) in [(100, 30), (40, 12), (200, 60), (60, 20)] {
        let screen = text(&draw(&mut b, width, height));
        let (shown, all) = shown_of(&screen);
        assert_eq!(shown, all, "{width}×{height}:\n{screen}");
    }
    // Halfway down, it stays about halfway down.
    b.key(press(KeyCode::Char('g')));
    let (_, all) = shown_of(&text(&draw(&mut b, 100, 30)));
    for _ in 0..all / 2 {
        b.key(press(KeyCode::Down));
    }
    let (shown, all) = shown_of(&text(&draw(&mut b, 100, 30)));
    let before = shown as f64 / all as f64;
    let (shown, all) = shown_of(&text(&draw(&mut b, 50, 30)));
    let after = shown as f64 / all as f64;
    assert!((before - after).abs() < 0.1, "{before} → {after}");
    // A hit's section, at two widths.
    let mut b = browser(&c, false, "mimir", &[KeyCode::Tab]);
    for width in [100, 90, 140] {
        let screen = text(&draw(&mut b, width, 30));
        assert!(screen.contains("Monitoring Was Noisy"), "{width}:\n{screen}");
    }
}

/// The README's captures of the browser (made with tmux) are what it draws:
/// a capture made before the filter changed showed ten items where it
/// finds three.
#[test]
fn the_readmes_captures_are_what_it_draws() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README");
    let c = corpus();
    // The first line of each capture, the keys pressed before typing, what is typed, the size.
    for (first, pressed, typed, (width, height)) in [
        (" filter › #elixir log", &[][..], "#elixir log", (100, 24)),
        (" search › duckdb", &[KeyCode::Tab][..], "duckdb", (100, 24)),
        (" filter › @fintech", &[][..], "@fintech", (56, 24)),
    ] {
        let at = readme.find(&format!("```text\n{first}")).unwrap_or_else(|| panic!("no capture of {first:?}"));
        let capture = &readme[at + "```text\n".len()..];
        let capture = &capture[..capture.find("```").expect("the capture ends")];
        let mut b = browser(&c, false, "", pressed);
        for key in browse::keys(typed) {
            b.key(key);
        }
        assert_eq!(text(&draw(&mut b, width, height)), capture, "{first:?}");
    }
}

/// A resize keeps the reader where it was: back at its size, at the same
/// line, after any number of round trips and after a window too small to
/// show anything (it went to the top, and each round trip a line up).
#[test]
fn a_resize_and_back_keeps_the_readers_place() {
    let c = corpus();
    let mut b = browser(&c, false, "", &[KeyCode::Enter]);
    draw(&mut b, 100, 30);
    for _ in 0..3 {
        b.key(press(KeyCode::PageDown));
    }
    draw(&mut b, 100, 30);
    let top = |b: &Browser<'_>| match b.screen() {
        Screen::Reader(reader) => reader.scroll.top,
        Screen::List => panic!("reading"),
    };
    let at = top(&b);
    assert!(at > 50, "{at}");
    for (width, height) in [(60, 20), (1, 1), (40, 10), (3, 2), (60, 20), (250, 70)] {
        draw(&mut b, width, height);
        draw(&mut b, 100, 30);
        assert_eq!(top(&b), at, "after {width}×{height}");
    }
}
