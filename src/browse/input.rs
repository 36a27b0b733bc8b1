//! The filter line as a one-line editor: text, a cursor, and the edits a
//! shell user expects (readline's Ctrl-A, Ctrl-E, Ctrl-W, Ctrl-U).

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// The longest filter kept, in bytes: more is ignored (a paste gone wrong).
pub const MAX_INPUT_BYTES: usize = 512;

/// The text typed and where the cursor is (a byte offset on a char boundary).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Input {
    text: String,
    cursor: usize,
}

impl Input {
    /// The text typed.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether nothing is typed.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Columns between the start of the text and the cursor.
    pub fn cursor_column(&self) -> usize {
        self.text[..self.cursor].width()
    }

    /// Inserts `c` at the cursor; false when the line is full or `c` is a control.
    pub fn insert(&mut self, c: char) -> bool {
        if c.is_control() || self.text.len() + c.len_utf8() > MAX_INPUT_BYTES {
            return false;
        }
        self.text.insert(self.cursor, c);
        self.cursor += c.len_utf8();
        true
    }

    /// Where the character before the cursor starts: the character a user
    /// sees (a grapheme cluster), so that a flag (🇺🇦) or an emoji with its
    /// skin tone (👍🏽) is stepped over and deleted whole.
    fn before(&self) -> Option<usize> {
        self.text[..self.cursor].grapheme_indices(true).next_back().map(|(i, _)| i)
    }

    /// Where the character under the cursor ends (as [`Input::before`]).
    fn after(&self) -> Option<usize> {
        self.text[self.cursor..].graphemes(true).next().map(|g| self.cursor + g.len())
    }

    /// Deletes the character before the cursor; false when there is none.
    pub fn backspace(&mut self) -> bool {
        let Some(at) = self.before() else { return false };
        self.text.replace_range(at..self.cursor, "");
        self.cursor = at;
        true
    }

    /// Deletes the character under the cursor; false when there is none.
    pub fn delete(&mut self) -> bool {
        let Some(end) = self.after() else { return false };
        self.text.replace_range(self.cursor..end, "");
        true
    }

    /// Deletes the word before the cursor and the spaces after it (Ctrl-W).
    pub fn delete_word(&mut self) -> bool {
        let head = &self.text[..self.cursor];
        let trimmed = head.trim_end();
        let start = trimmed.rfind(char::is_whitespace).map_or(0, |i| i + 1);
        if start == self.cursor {
            return false;
        }
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
        true
    }

    /// Empties the line; false when it was empty.
    pub fn clear(&mut self) -> bool {
        let had = !self.text.is_empty();
        self.text.clear();
        self.cursor = 0;
        had
    }

    /// Moves the cursor one character left.
    pub fn left(&mut self) {
        if let Some(at) = self.before() {
            self.cursor = at;
        }
    }

    /// Moves the cursor one character right.
    pub fn right(&mut self) {
        if let Some(end) = self.after() {
            self.cursor = end;
        }
    }

    /// Moves the cursor to the start of the line.
    pub fn home(&mut self) {
        self.cursor = 0;
    }

    /// Moves the cursor to the end of the line.
    pub fn end(&mut self) {
        self.cursor = self.text.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str) -> Input {
        let mut input = Input::default();
        for c in s.chars() {
            input.insert(c);
        }
        input
    }

    #[test]
    fn edits_at_the_cursor() {
        let mut input = typed("écto");
        input.left();
        input.left();
        assert!(input.insert('X'));
        assert_eq!(input.text(), "écXto");
        assert_eq!(input.cursor_column(), 3);
        input.home();
        assert!(input.delete());
        assert_eq!(input.text(), "cXto");
        assert!(!input.backspace());
        input.end();
        assert!(input.backspace());
        assert_eq!(input.text(), "cXt");
        assert!(!input.delete());
    }

    /// A character a user sees is one step and one deletion, however many
    /// code points make it: Backspace took a flag's second letter alone
    /// (🇺🇦 left 🇺) and a thumb's skin tone (👍🏽 left 👍).
    #[test]
    fn a_flag_or_a_toned_emoji_is_one_character() {
        let mut input = typed("a👍🏽🇺🇦");
        assert!(input.backspace());
        assert_eq!(input.text(), "a👍🏽");
        input.left();
        assert!(input.insert('X'));
        assert_eq!(input.text(), "aX👍🏽");
        input.home();
        input.right();
        input.right();
        assert!(input.delete());
        assert_eq!(input.text(), "aX");
        let mut input = typed("é");
        assert!(input.backspace());
        assert!(input.is_empty());
    }

    #[test]
    fn ctrl_w_deletes_the_word_before_the_cursor() {
        let mut input = typed("#elixir ecto  ");
        assert!(input.delete_word());
        assert_eq!(input.text(), "#elixir ");
        assert!(input.delete_word());
        assert_eq!(input.text(), "");
        assert!(!input.delete_word());
    }

    #[test]
    fn the_line_has_a_limit_and_takes_no_controls() {
        let mut input = typed(&"x".repeat(MAX_INPUT_BYTES + 10));
        assert_eq!(input.text().len(), MAX_INPUT_BYTES);
        assert!(!input.insert('y'));
        assert!(input.clear());
        assert!(!input.insert('\u{1b}'));
        assert!(input.is_empty());
    }
}
