//! The one runner every test goes through: the built binary in a clean
//! environment (no `DRYGA_*`, pager, colour, terminal or width variables from
//! the developer's shell), temporary folders that clean up after themselves,
//! and the bundled corpus.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use dryga::content::{self, Corpus};

/// The binary under test.
pub(crate) const BIN: &str = env!("CARGO_BIN_EXE_dryga");

/// Variables that change what dryga prints, removed from every run.
const CLEARED: &[&str] =
    &["PAGER", "LESS", "NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE", "TERM", "COLUMNS", "LINES", "CI", "XDG_CACHE_HOME"];

/// Removes from `cmd` every variable that could change dryga's output: those
/// above and every `DRYGA_*` the developer has set; content folders are
/// indexed in the tests' cache folder.
pub(crate) fn clean_env(cmd: &mut Command) -> &mut Command {
    for name in CLEARED {
        cmd.env_remove(name);
    }
    for (name, _) in std::env::vars_os() {
        if name.to_string_lossy().starts_with("DRYGA_") {
            cmd.env_remove(name);
        }
    }
    cmd.env("DRYGA_CACHE_DIR", cache_dir())
}

/// The cache folder every test run uses (under the target folder, never the
/// developer's `~/.cache`): content folders are indexed there. Tests about
/// the index give their own.
pub(crate) fn cache_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("dryga-cache")
}

/// `dryga ARGS` in a clean environment, with the tests' cache folder.
pub(crate) fn dryga<I: IntoIterator<Item = S>, S: AsRef<OsStr>>(args: I) -> Command {
    let mut cmd = Command::new(BIN);
    clean_env(&mut cmd).args(args);
    cmd
}

/// `dryga ARGS` as a snapbox command, for assertions on its output.
pub(crate) fn snap<I: IntoIterator<Item = S>, S: AsRef<OsStr>>(args: I) -> snapbox::cmd::Command {
    snapbox::cmd::Command::from_std(dryga(args))
}

/// Runs `dryga ARGS`.
pub(crate) fn run<I: IntoIterator<Item = S>, S: AsRef<OsStr>>(args: I) -> Output {
    dryga(args).output().expect("the binary runs")
}

/// The stdout of `dryga ARGS`, which must succeed.
pub(crate) fn stdout<I: IntoIterator<Item = S>, S: AsRef<OsStr>>(args: I) -> String {
    let out = snap(args).assert().success().get_output().stdout.clone();
    String::from_utf8(out).expect("stdout is UTF-8")
}

/// The stdout of `dryga ARGS` parsed as JSON.
pub(crate) fn json<I: IntoIterator<Item = S>, S: AsRef<OsStr>>(args: I) -> serde_json::Value {
    serde_json::from_str(&stdout(args)).expect("stdout is JSON")
}

/// Trycmd cases in the same clean environment: trycmd can only set
/// variables, so each one dryga reads is set to its neutral value (an empty
/// `DRYGA_CONTENT_DIR` means the bundled content; colour off).
pub(crate) fn trycmd() -> trycmd::TestCases {
    let cases = trycmd::TestCases::new();
    cases.default_bin_path(BIN);
    let cache = cache_dir().display().to_string();
    for (name, value) in [
        ("DRYGA_CONTENT_DIR", ""),
        ("DRYGA_CACHE_DIR", cache.as_str()),
        ("DRYGA_NO_INDEX", ""),
        ("DRYGA_PAGER", ""),
        ("PAGER", ""),
        ("NO_COLOR", "1"),
        ("CLICOLOR", "0"),
        ("CLICOLOR_FORCE", "0"),
        ("TERM", "dumb"),
        // clap wraps help to COLUMNS; 100 is its width when not on a terminal.
        ("COLUMNS", "100"),
        ("CI", ""),
    ] {
        cases.env(name, value);
    }
    cases
}

/// A fresh temporary folder, removed when dropped (also when a test fails).
pub(crate) fn temp_dir() -> tempfile::TempDir {
    tempfile::Builder::new().prefix("dryga-test-").tempdir().expect("a temporary folder")
}

/// The bundled corpus, which must load without a problem.
/// A content folder with a profile and an empty `projects/`, for a test to fill.
pub(crate) fn folder_of_projects() -> tempfile::TempDir {
    let tmp = temp_dir();
    std::fs::create_dir_all(tmp.path().join("projects")).expect("mkdir");
    std::fs::write(
        tmp.path().join("profile.toml"),
        "name = \"Test Person\"\nhandle = \"tp\"\nheadline = \"Builds services\"\nsummary = \"Made in a test.\"\n",
    )
    .expect("write");
    tmp
}

pub(crate) fn corpus() -> Corpus {
    content::load_bundled().map(|l| l.corpus).expect("the bundled content loads")
}

/// `path` as a command-line argument.
pub(crate) fn arg(path: &Path) -> String {
    path.display().to_string()
}

/// The repository's root (for committed files: snapshots, content, fuzz inputs).
pub(crate) fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A generated folder whose export is well over a pipe's buffer (64 KiB), so
/// that a reader that goes away makes the write fail, whatever the timing.
pub(crate) fn large_folder() -> tempfile::TempDir {
    let dir = temp_dir();
    dryga::synth::write_dir(dir.path(), 200, 7).expect("a generated folder");
    dir
}

/// A tmux server of its own (its socket in a temporary folder, which is
/// also `HOME`), with one window running a shell in a clean environment.
/// Opt-in tests only: `.ci/run` installs tmux.
pub(crate) struct Tmux {
    dir: tempfile::TempDir,
}

impl Tmux {
    /// A plain `sh`, `width` columns by `height` rows.
    pub(crate) fn start(width: u16, height: u16) -> Self {
        Self::start_shell(width, height, "sh")
    }

    /// `shell` (a command line for `env`), `width` columns by `height` rows,
    /// with `PATH=/usr/bin:/bin`, `HOME` (see [`Tmux::home`]) and `PS1='$ '`;
    /// returns once the prompt shows.
    pub(crate) fn start_shell(width: u16, height: u16, shell: &str) -> Self {
        let dir = temp_dir();
        let tmux = Tmux { dir };
        let home = tmux.dir.path().display().to_string();
        let shell = format!("env -i PATH=/usr/bin:/bin HOME={home} TERM=xterm-256color PS1='$ ' {shell}");
        let (w, h) = (width.to_string(), height.to_string());
        tmux.run(&["-f", "/dev/null", "new-session", "-d", "-x", &w, "-y", &h, "-s", "t", &shell]);
        tmux.wait_for("$");
        tmux
    }

    /// The shell's `HOME`.
    pub(crate) fn home(&self) -> &Path {
        self.dir.path()
    }

    pub(crate) fn socket(&self) -> String {
        self.dir.path().join("tmux.sock").display().to_string()
    }

    pub(crate) fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux").arg("-S").arg(self.socket()).args(args).output().expect("tmux runs");
        assert!(out.status.success(), "tmux {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Types `keys` (tmux key names: "Enter", "C-c", "Escape", or text).
    pub(crate) fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "t"];
        args.extend(keys);
        self.run(&args);
    }

    /// Types `line` literally, then Enter.
    pub(crate) fn line(&self, line: &str) {
        self.run(&["send-keys", "-t", "t", "-l", line]);
        self.keys(&["Enter"]);
    }

    pub(crate) fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", "t"])
    }

    /// `#{name}` of the pane: `alternate_on`, `cursor_flag`…
    pub(crate) fn pane(&self, format: &str) -> String {
        self.run(&["display-message", "-p", "-t", "t", format]).trim().to_owned()
    }

    /// Waits (up to 10 s) until the screen shows `text`; returns the screen.
    pub(crate) fn wait_for(&self, text: &str) -> String {
        self.wait_until(&format!("{text:?}"), |screen| screen.contains(text))
    }

    /// Waits (up to 10 s) until the screen shows every one of `texts`;
    /// returns the screen. What a step checks is waited for together: a
    /// screen captured between a resize and the redraw, or halfway through a
    /// frame, shows some of it and must not be judged.
    pub(crate) fn wait_for_all(&self, texts: &[&str]) -> String {
        self.wait_until(&format!("{texts:?}"), |screen| texts.iter().all(|t| screen.contains(t)))
    }

    /// Waits (up to 10 s) until `done` holds for the screen; returns the screen.
    pub(crate) fn wait_until(&self, what: &str, done: impl Fn(&str) -> bool) -> String {
        self.wait_within(Duration::from_secs(10), what, done)
    }

    /// Waits up to `budget` until `done` holds for the screen; returns the screen.
    pub(crate) fn wait_within(&self, budget: Duration, what: &str, done: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if done(&screen) {
                return screen;
            }
            assert!(start.elapsed() < budget, "waited for {what}; the screen:\n{screen}");
            std::thread::sleep(Duration::from_millis(30));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux").arg("-S").arg(self.socket()).arg("kill-server").output();
    }
}
