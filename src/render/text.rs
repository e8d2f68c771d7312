//! Text for people: numbered steps, breadcrumbs, warnings and notes set apart, wrapped to
//! the terminal and colored when color is on.

use std::borrow::Cow;
use std::io::{self, Write};

use crate::catalog::{Entry, Origin};
use crate::cli::Config;
use crate::facts::{Confidence, Fact};
use crate::faq::Faq;
use crate::filter::{Audience, Fit, Section};
use crate::find::Group;
use crate::guide::{Remark, Step, Text};
use crate::render::{covered_devices, faq_answer, itoa, newer_than_verified, GuideAnswer};
use crate::sanitize::for_terminal;
use crate::search::Matcher;

const UNVERIFIED: &str = "(unverified)";

/// How a piece of text is drawn. A terminal answer changes style thousands of times, so
/// the writer compares styles as these small values and asks owo-colors (`colors`) for
/// each one's escape sequence once.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Plain,
    Bold,
    Blue,
    Cyan,
    Dim,
    Yellow,
    Green,
    Magenta,
}

impl Style {
    fn colors(self) -> owo_colors::Style {
        let bold = owo_colors::Style::new().bold();
        match self {
            Style::Plain => owo_colors::Style::new(),
            Style::Bold => bold,
            Style::Blue => bold.blue(),
            Style::Cyan => bold.cyan(),
            Style::Dim => owo_colors::Style::new().dimmed(),
            Style::Yellow => bold.yellow(),
            Style::Green => bold.green(),
            Style::Magenta => bold.magenta(),
        }
    }
}

const TITLE: Style = Style::Bold;
const HEADING: Style = Style::Blue;
const PATH_ELEMENT: Style = Style::Cyan;
const DIM: Style = Style::Dim;
const WARNING: Style = Style::Yellow;
const NOTE: Style = Style::Green;
const UNVERIFIED_FLAG: Style = Style::Magenta;
const PLAIN: Style = Style::Plain;
/// A word a search matched.
const MARK: Style = Style::Yellow;

/// Spaces to indent and pad with, written a slice at a time.
const SPACES: &[u8; 32] = b"                                ";

/// A run of text to lay out, with an optional lead (such as "› ") glued to its first word.
struct Word<'a> {
    lead: &'a str,
    /// The style of the lead and of the space before the run. `Word::new` makes it the
    /// text's style; an empty lead in a style of its own is only given to a first run,
    /// which has no space before it.
    lead_style: Style,
    text: &'a str,
    style: Style,
    /// Never broken across lines, like a breadcrumb element or a command.
    atomic: bool,
}

/// Columns a character takes on a terminal: two for the wide characters of Chinese,
/// Japanese and Korean and for most emoji, none for combining marks.
fn columns(c: char) -> usize {
    unicode_width::UnicodeWidthChar::width(c).unwrap_or(0)
}

/// Columns a string takes: its length when it is ASCII, as nearly all text is.
fn display_width(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().map(columns).sum()
    }
}

/// `display_width` of text known to be ASCII or not: ASCII is as wide as it is long.
#[inline]
fn width(s: &str, ascii: bool) -> usize {
    if ascii {
        s.len()
    } else {
        display_width(s)
    }
}

/// `s` without the spaces it starts with: `trim_start_matches(' ')` without the
/// pattern machinery, for every line wrapping fills.
fn skip_spaces(s: &str) -> &str {
    &s[s.bytes().take_while(|&b| b == b' ').count()..]
}

/// `s` without the spaces it ends with, as `skip_spaces` for the other end.
#[inline]
fn skip_end_spaces(s: &str) -> &str {
    &s[..s.len() - s.bytes().rev().take_while(|&b| b == b' ').count()]
}

/// The byte offset of the first character of `s` that would end past column `n`, or
/// `None` when all of `s` fits in `n` columns: found without counting when the first `n`
/// bytes are ASCII, as they almost always are, since this runs once per wrapped line.
/// (No character takes more columns than bytes, so `s` fits when it is `n` bytes or
/// fewer.)
fn char_start(s: &str, n: usize) -> Option<usize> {
    if s.len() <= n {
        return None;
    }
    if s.as_bytes()[..n].is_ascii() {
        return Some(n);
    }
    let mut used = 0;
    s.char_indices().find_map(|(i, c)| {
        used += columns(c);
        (used > n).then_some(i)
    })
}

impl<'a> Word<'a> {
    /// Text of one style; it is split into words only when it has to wrap.
    fn new(text: &'a str, style: Style) -> Self {
        Word {
            lead: "",
            lead_style: style,
            text,
            style,
            atomic: false,
        }
    }

    /// The run with `lead`, in its own style, glued to its first word.
    fn led(self, lead: &'a str, style: Style) -> Self {
        Word {
            lead,
            lead_style: style,
            ..self
        }
    }

    /// The run kept whole on one line.
    fn atomic(self) -> Self {
        Word {
            atomic: true,
            ..self
        }
    }
}

/// A run of one style, to chain with others.
fn words(text: &str, style: Style) -> std::iter::Once<Word<'_>> {
    std::iter::once(Word::new(text, style))
}

struct Writer<'w, W: Write> {
    out: &'w mut W,
    /// Whether to draw in colours.
    colors: bool,
    width: Option<usize>,
    /// The style whose escape sequence is open, so runs of one style share one sequence.
    open: Option<Style>,
    /// Each style's opening sequence, rendered once.
    prefixes: Vec<(Style, String)>,
    /// Whether the text is built in, and so has no control characters to strip.
    built_in: bool,
    /// Whether to print the fact ids after each step, warning and note.
    sources: bool,
    /// The spaces a label ended in (`painted`), still in its style: written only when text
    /// follows on the same line, so text that starts the next line leaves no space at
    /// the end of this one.
    gap: usize,
}

impl<'w, W: Write> Writer<'w, W> {
    fn new(out: &'w mut W, config: &Config) -> Self {
        Writer {
            out,
            colors: config.color,
            width: config.width,
            open: None,
            prefixes: Vec::new(),
            sources: config.sources,
            built_in: false,
            gap: 0,
        }
    }

    /// Text stripped of control sequences, unless it is built in and has none.
    fn clean<'t>(&self, text: &'t str) -> Cow<'t, str> {
        if self.built_in {
            Cow::Borrowed(text)
        } else {
            for_terminal(text)
        }
    }

    fn set_style(&mut self, style: Style) -> io::Result<()> {
        if !self.colors || self.open == Some(style) {
            return Ok(());
        }
        self.end_style()?;
        if style != PLAIN {
            let known = self.prefixes.iter().position(|(s, _)| *s == style);
            let at = known.unwrap_or_else(|| {
                self.prefixes
                    .push((style, style.colors().prefix_formatter().to_string()));
                self.prefixes.len() - 1
            });
            self.out.write_all(self.prefixes[at].1.as_bytes())?;
            self.open = Some(style);
        }
        Ok(())
    }

    fn end_style(&mut self) -> io::Result<()> {
        if self.open.take().is_some() {
            self.out.write_all(b"\x1b[0m")?;
        }
        Ok(())
    }

    /// Writes `runs` after a prefix already `column` wide, breaking lines at the width (if
    /// any) and indenting the lines after the first by `indent`, and ends the line.
    fn flow<'a>(
        &mut self,
        column: usize,
        indent: usize,
        runs: impl IntoIterator<Item = Word<'a>>,
    ) -> io::Result<()> {
        self.flow_open(column, indent, runs)?;
        self.out.write_all(b"\n")
    }

    /// `flow` without ending the line, as for a prompt the answer is typed after.
    fn flow_open<'a>(
        &mut self,
        column: usize,
        indent: usize,
        runs: impl IntoIterator<Item = Word<'a>>,
    ) -> io::Result<()> {
        let mut col = column;
        let mut first = true;
        for run in runs {
            if run.text.is_empty() {
                continue;
            }
            let Some(limit) = self.width else {
                // Not wrapping: each run goes out whole.
                if !first {
                    self.space(run.lead_style)?;
                }
                self.piece(run.lead, run.lead_style)?;
                self.piece(run.text, run.style)?;
                first = false;
                continue;
            };
            // Cleaned once per run, not per word: this is the hot loop of a terminal answer.
            let (lead, text) = (self.clean(run.lead), self.clean(run.text));
            let first_word = if run.atomic {
                &text[..]
            } else {
                // The first word is short: a byte loop, not `split`'s search of the text.
                let text = text.trim_start();
                &text[..text.bytes().position(|b| b == b' ').unwrap_or(text.len())]
            };
            // Measured once per run: ASCII text, nearly all of it, is as wide as it is long.
            let ascii = text.is_ascii();
            let lead_width = display_width(&lead);
            let first_width = lead_width + width(first_word, ascii);
            if !first {
                if col + 1 + first_width > limit && col > indent {
                    self.new_line(indent)?;
                    col = indent;
                } else {
                    self.space(run.lead_style)?;
                    col += 1;
                }
            } else if run.atomic && col + first_width > limit && col > indent {
                // After a label such as "See also:", a command that does not fit starts
                // the next line.
                self.new_line(indent)?;
                col = indent;
            }
            // A lead that starts a line holds its word there: a word too long for the
            // line is cut after it rather than leaving it alone at the end of a line.
            let start = if col <= indent {
                indent + lead_width
            } else {
                indent
            };
            self.clean_piece(&lead, run.lead_style)?;
            col += lead_width;
            let text_width = if run.atomic { width(&text, ascii) } else { 0 };
            if run.atomic && lead_width + text_width <= limit.saturating_sub(indent) {
                self.clean_piece(&text, run.style)?;
                col += text_width;
            } else {
                col = self.fill(&text, ascii, run.style, col, (indent, start), limit)?;
            }
            first = false;
        }
        self.gap = 0;
        self.end_style()
    }

    /// Writes `text` from column `col`, a line at a time: each line is cut at its last
    /// space that fits, rather than laid out word by word, and a word longer than a whole
    /// line is cut at the width: at `start` or before it, the line has nothing of its own
    /// yet. Lines after the first are indented by `indent`. Returns the column after it.
    /// `ascii` says the text is all ASCII, so every character is one column.
    ///
    /// Each line looks only at the characters that can go on it, so a paragraph of any
    /// length costs time in proportion to its length.
    fn fill(
        &mut self,
        text: &str,
        ascii: bool,
        style: Style,
        mut col: usize,
        (indent, mut start): (usize, usize),
        limit: usize,
    ) -> io::Result<usize> {
        let mut rest = skip_spaces(text);
        while !rest.is_empty() {
            let room = limit.saturating_sub(col);
            // The byte just past `room` columns; none when the rest fits.
            let end = match ascii {
                true => (rest.len() > room).then_some(room),
                false => char_start(rest, room),
            };
            let Some(end) = end else {
                self.clean_piece(rest, style)?;
                return Ok(col + width(rest, ascii));
            };
            // The last space up to there (a space right there means the word before it
            // fits exactly); at the start of a line, a word too long for any line is cut
            // at the width, and always after at least one character.
            let upto = if rest.as_bytes()[end] == b' ' {
                end + 1
            } else {
                end
            };
            let cut = rest[..upto].rfind(' ').filter(|&at| at > 0).or_else(|| {
                (col <= start)
                    .then(|| end.max(rest.chars().next().map_or(rest.len(), char::len_utf8)))
            });
            // When nothing fits on this line, the next one starts it.
            if let Some(at) = cut {
                self.clean_piece(&rest[..at], style)?;
                rest = skip_spaces(&rest[at..]);
            }
            if !rest.is_empty() {
                self.new_line(indent)?;
                (col, start) = (indent, indent);
            }
        }
        Ok(col)
    }

    /// Ends the line and indents the next one.
    fn new_line(&mut self, indent: usize) -> io::Result<()> {
        self.gap = 0;
        self.end_style()?;
        self.out.write_all(b"\n")?;
        self.out.write_all(&SPACES[..indent.min(SPACES.len())])
    }

    /// A space before text of style `next`, outside any style that is about to change.
    fn space(&mut self, next: Style) -> io::Result<()> {
        self.pay_gap()?;
        if self.open != Some(next) {
            self.end_style()?;
        }
        self.out.write_all(b" ")
    }

    /// Writes text in a style; custom guides can carry control sequences, and none of them
    /// reaches the terminal.
    fn piece(&mut self, text: &str, style: Style) -> io::Result<()> {
        let text = self.clean(text);
        self.clean_piece(&text, style)
    }

    /// Writes text already stripped of control sequences.
    fn clean_piece(&mut self, text: &str, style: Style) -> io::Result<()> {
        if text.is_empty() {
            return Ok(());
        }
        self.pay_gap()?;
        self.set_style(style)?;
        self.out.write_all(text.as_bytes())
    }

    /// Writes the spaces a label ended in, now that text follows it on its line.
    #[inline]
    fn pay_gap(&mut self) -> io::Result<()> {
        if self.gap > 0 {
            let gap = std::mem::take(&mut self.gap);
            self.out.write_all(&SPACES[..gap.min(SPACES.len())])?;
            self.end_style()?;
        }
        Ok(())
    }

    /// Text in a style of its own, closed at once: a label, a title, a heading. The spaces
    /// it ends in wait for the text after it (`gap`).
    fn painted(&mut self, text: &str, style: Style) -> io::Result<()> {
        if self.width.is_none() {
            // Not wrapping: what follows is on this line.
            self.piece(text, style)?;
            return self.end_style();
        }
        let label = skip_end_spaces(text);
        self.piece(label, style)?;
        self.gap = text.len() - label.len();
        if self.gap == 0 {
            self.end_style()?;
        }
        Ok(())
    }

    #[inline]
    fn spaces(&mut self, count: usize) -> io::Result<()> {
        for _ in 0..count / SPACES.len() {
            self.out.write_all(SPACES)?;
        }
        self.out.write_all(&SPACES[..count % SPACES.len()])
    }

    fn paragraph(&mut self, indent: usize, text: &str, style: Style) -> io::Result<()> {
        self.spaces(indent)?;
        self.flow(indent, indent, words(text, style))
    }

    /// A warning or note: its label, what it is for when that is narrower than what is
    /// around it ("(iOS 26 and later)"), the text and, dimmed, the facts it rests on.
    fn remark(
        &mut self,
        indent: usize,
        (label, style): (&str, Style),
        scope: Option<&str>,
        text: &str,
        verified: bool,
        sources: &[Text],
    ) -> io::Result<()> {
        self.spaces(indent)?;
        self.painted(label, style)?;
        let sources = if sources.is_empty() || !self.sources {
            String::new()
        } else {
            sources_text(sources)
        };
        let flag = if verified { "" } else { UNVERIFIED };
        // Four runs, any of them empty (and then skipped): an array, not a chain.
        let words = [
            Word::new(flag, UNVERIFIED_FLAG),
            Word::new(scope.unwrap_or_default(), PLAIN).led("(", PLAIN),
            Word::new(text, PLAIN),
            Word::new(&sources, DIM),
        ];
        self.flow(indent + display_width(label), indent + 2, words)
    }

    /// A label ("See also:", "see:") at `column`, then `imsg-guide show ID` for each of
    /// `related`, each command kept whole on a line.
    fn related(
        &mut self,
        column: usize,
        indent: usize,
        (label, style): (&str, Style),
        related: &[Text],
    ) -> io::Result<()> {
        self.painted(label, style)?;
        // Unstyled, and written only when a command follows on this line.
        self.gap = 1;
        let commands: Vec<String> = related.iter().map(|id| show_command(id)).collect();
        let runs = commands.iter().enumerate().map(|(i, c)| {
            let lead = if i == 0 { "" } else { "· " };
            Word::new(c, PLAIN).led(lead, DIM).atomic()
        });
        self.flow(column + label.len() + 1, indent, runs)
    }

    /// The warnings or notes of `list` that apply to `audience`, each labelled when it is
    /// for only part of it.
    fn remarks(
        &mut self,
        indent: usize,
        audience: &Audience,
        (label, style): (&str, Style),
        list: &[Remark],
    ) -> io::Result<()> {
        for fit in audience.fitting(list) {
            let r = fit.item;
            let text = fit.audience.resolve(&r.text);
            let scope = fit.label.map(|scope| scope + ")");
            let scope = scope.as_deref();
            self.remark(indent, (label, style), scope, &text, r.verified, &r.sources)?;
        }
        Ok(())
    }
}

/// "  7. ": a step's number right-aligned in three columns, as `{:>3}. ` writes it, but
/// into `buf` and without the formatter, which cost more than the rest of the line.
fn step_number(number: usize, buf: &mut [u8; 24]) -> &str {
    if number < 1000 {
        // Every real step: three columns, written digit by digit.
        let digit = |n: usize| b'0' + (n % 10) as u8;
        let wide = |n: usize, at: usize| if number >= at { digit(n) } else { b' ' };
        buf[..5].copy_from_slice(&[
            wide(number / 100, 100),
            wide(number / 10, 10),
            digit(number),
            b'.',
            b' ',
        ]);
        return std::str::from_utf8(&buf[..5]).unwrap_or_default();
    }
    let mut digits = [0; 20];
    let digits = itoa(number, &mut digits).as_bytes();
    let pad = 3usize.saturating_sub(digits.len());
    let len = pad + digits.len() + 2;
    buf[..pad].fill(b' ');
    buf[pad..len - 2].copy_from_slice(digits);
    buf[len - 2..len].copy_from_slice(b". ");
    // Only ASCII digits and spaces were written.
    std::str::from_utf8(&buf[..len]).unwrap_or_default()
}

/// `imsg-guide show ID`, without the formatter: See also lists a few of them per answer.
fn show_command(id: &str) -> String {
    let mut s = String::with_capacity(16 + id.len());
    s.push_str("imsg-guide show ");
    s.push_str(id);
    s
}

fn sources_text(sources: &[Text]) -> String {
    format!("[{}]", sources.join(", "))
}

/// Prints a guide narrowed to the query, answer first: the title, what must be read
/// before acting, then the steps; notes and "See also" after them.
pub fn guide<W: Write>(out: &mut W, answer: &GuideAnswer, config: &Config) -> io::Result<()> {
    let mut w = Writer::new(out, config);
    w.built_in = answer.built_in;
    let guide = answer.guide;
    let audience = Audience::of_answer(answer.query, &answer.sections);
    w.paragraph(0, &audience.resolve(&guide.title), TITLE)?;
    if answer.query.devices.is_empty() && answer.query.os.is_none() {
        w.paragraph(0, &audience.resolve(&guide.summary), PLAIN)?;
    }
    if let Some(text) = newer_than_verified(answer) {
        w.painted("note: ", NOTE)?;
        w.flow(6, 2, words(&text, PLAIN))?;
    }
    w.remarks(0, &audience, ("warning: ", WARNING), &guide.warnings)?;

    let mut any_unverified = false;
    for section in &answer.sections {
        writeln!(w.out)?;
        section_heading(&mut w, section)?;
        let method = section.method;
        if let (Some(since), None) = (&method.since_note, section.os) {
            w.remark(2, ("note: ", NOTE), None, since, true, &[])?;
        }
        w.remarks(2, section, ("warning: ", WARNING), &method.warnings)?;
        for (n, fit) in section.fitting(&method.steps).iter().enumerate() {
            let step = fit.item;
            let mut remarks = step.warnings.iter().chain(step.notes.iter());
            any_unverified |= !step.verified || remarks.any(|r| !r.verified);
            write_step(&mut w, fit, n + 1)?;
        }
        w.remarks(2, section, ("note: ", NOTE), &method.notes)?;
    }
    if !audience.fitting(&guide.notes).is_empty() {
        writeln!(w.out)?;
        w.remarks(0, &audience, ("note: ", NOTE), &guide.notes)?;
    }
    if any_unverified {
        writeln!(w.out)?;
        w.paragraph(
            0,
            "Marked (unverified): rests on a single source or an unconfirmed version boundary; check the screen as you go.",
            DIM,
        )?;
    }
    if !guide.related.is_empty() {
        writeln!(w.out)?;
        w.related(0, 2, ("See also:", TITLE), &guide.related)?;
    }
    Ok(())
}

/// One numbered step: its breadcrumb, its text with the facts it rests on, and its
/// warnings and notes, in the words of the audience it applies to.
fn write_step<W: Write>(w: &mut Writer<W>, fit: &Fit<Step>, number: usize) -> io::Result<()> {
    let (step, audience) = (fit.item, &fit.audience);
    w.painted(step_number(number, &mut [0; 24]), TITLE)?;
    if let Some(label) = &fit.label {
        w.flow(5, 5, words(&(label.clone() + ":"), HEADING))?;
        write!(w.out, "     ")?;
    }
    if !step.path.is_empty() {
        let path: Vec<_> = step.path.iter().map(|p| audience.resolve(p)).collect();
        let crumbs = path.iter().enumerate().map(|(i, element)| {
            let lead = if i == 0 { "" } else { "› " };
            Word::new(element, PATH_ELEMENT).led(lead, DIM).atomic()
        });
        w.flow(5, 7, crumbs)?;
        write!(w.out, "     ")?;
    }
    let text = audience.resolve(&step.text);
    let sources = if w.sources {
        sources_text(&step.sources)
    } else {
        String::new()
    };
    let flag = if step.verified { "" } else { UNVERIFIED };
    let words = words(flag, UNVERIFIED_FLAG)
        .chain(words(&text, PLAIN))
        .chain(words(&sources, DIM));
    w.flow(5, 5, words)?;
    w.remarks(5, audience, ("warning: ", WARNING), &step.warnings)?;
    w.remarks(5, audience, ("note: ", NOTE), &step.notes)
}

/// A step of an interactive walk, as the fix to apply or the thing to try.
pub fn walk_step<W: Write>(
    out: &mut W,
    section: &Section,
    number: usize,
    step: &Step,
    config: &Config,
) -> io::Result<()> {
    let mut w = Writer::new(out, config);
    let Some((audience, label)) = section.narrow(step) else {
        return Ok(());
    };
    let fit = Fit {
        item: step,
        audience,
        label,
    };
    write_step(&mut w, &fit, number)
}

/// A question of the walk, wrapped like its other lines, with the cursor left after it
/// for the answer: each line of `text` but the last ends, and the last is followed by a
/// space.
pub fn walk_prompt<W: Write>(out: &mut W, text: &str, config: &Config) -> io::Result<()> {
    let mut w = Writer::new(out, config);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            w.out.write_all(b"\n")?;
        }
        w.flow_open(0, 2, words(line, PLAIN))?;
    }
    w.out.write_all(b" ")
}

/// A line of an interactive walk: a question, a hint or a heading, in one style.
pub fn walk_line<W: Write>(
    out: &mut W,
    text: &str,
    heading: bool,
    config: &Config,
) -> io::Result<()> {
    let mut w = Writer::new(out, config);
    let style = if heading { TITLE } else { PLAIN };
    w.flow(0, 2, words(text, style))
}

/// "iPhone · iOS 18 — Sign out in Send & Receive": whom the method is for, and what it does.
fn section_heading<W: Write>(w: &mut Writer<W>, section: &Section) -> io::Result<()> {
    let mut heading_text = section.device_names();
    if let Some(label) = section.version_label() {
        heading_text.push_str(" · ");
        heading_text.push_str(&label);
    }
    heading_text.push_str(" —");
    let method_title = section.resolve(&section.method.title);
    let words = words(&heading_text, HEADING).chain(words(&method_title, TITLE));
    w.flow(0, 2, words)
}

/// The guides, the devices they cover and from which version.
pub fn list<W: Write>(out: &mut W, entries: &[Entry], config: &Config) -> io::Result<()> {
    let mut w = Writer::new(out, config);
    let id_width = entries
        .iter()
        .map(|e| display_width(&for_terminal(&e.guide.id)))
        .max()
        .unwrap_or(0);
    // Ids in a column of their own when that leaves the titles room, else above them.
    let column = match w.width {
        Some(limit) if id_width + 2 + MIN_TITLE > limit => None,
        _ => Some(id_width + 2),
    };
    for entry in entries {
        let g = entry.guide;
        w.built_in = entry.origin == Origin::BuiltIn;
        let mut cover = covered_devices(g);
        if let Origin::File(path) = &entry.origin {
            cover.push_str("; from ");
            cover.push_str(path);
        }
        let at = match column {
            Some(at) => {
                let pad = at - display_width(&for_terminal(&g.id));
                w.painted(&g.id, PATH_ELEMENT)?;
                w.spaces(pad)?;
                at
            }
            None => {
                let id = Word::new(&g.id, PATH_ELEMENT).atomic();
                w.flow(0, 2, std::iter::once(id))?;
                write!(w.out, "  ")?;
                2
            }
        };
        w.flow(at, at, words(&g.title, TITLE))?;
        w.spaces(at)?;
        w.flow(at, at + 2, words(&cover, DIM))?;
    }
    Ok(())
}

/// The fewest columns `list` leaves a title beside the ids.
const MIN_TITLE: usize = 20;

/// Writes `text` with the words `matcher` finds marked when coloring. Runs may meet inside
/// a word (a mark ends before a comma) without the space `flow` puts between runs, so
/// without marks the text is flowed whole.
fn flow_marked<W: Write>(
    w: &mut Writer<W>,
    column: usize,
    indent: usize,
    text: &str,
    matcher: Option<&Matcher>,
) -> io::Result<()> {
    let marks = match matcher {
        Some(m) if w.colors => m.words(text),
        _ => Vec::new(),
    };
    if marks.is_empty() {
        return w.flow(column, indent, words(text, PLAIN));
    }
    // Colored: cut the text into runs of words that are all marked or all not, each run
    // in its style. A run wraps like any text, so the lines are those of plain output.
    let starts = marked_runs(text, &marks);
    let ends = starts.iter().skip(1).map(|&(s, _)| s).chain([text.len()]);
    let runs = starts.iter().zip(ends).map(|(&(s, marked), e)| {
        let style = if marked { MARK } else { PLAIN };
        Word::new(skip_end_spaces(&text[s..e]), style)
    });
    w.flow(column, indent, runs)
}

/// Where each run of `text` starts, and whether its words are marked: a word (between
/// spaces) is marked when one of `marks` touches it, and neighbouring words alike make one
/// run. `marks` are sorted byte ranges that start and end on a word character.
fn marked_runs(text: &str, marks: &[(usize, usize)]) -> Vec<(usize, bool)> {
    let bytes = text.as_bytes();
    let next_word = |at: usize| bytes[at..].iter().position(|&b| b != b' ').map(|n| at + n);
    // Each mark starts at most two runs, and one may follow the last.
    let mut starts: Vec<(usize, bool)> = Vec::with_capacity(2 * marks.len() + 1);
    let mut at = next_word(0);
    for &(a, b) in marks {
        let start = bytes[..a]
            .iter()
            .rposition(|&b| b == b' ')
            .map_or(0, |i| i + 1);
        let end = bytes[b..]
            .iter()
            .position(|&b| b == b' ')
            .map_or(text.len(), |n| b + n);
        match at {
            Some(from) if from < start => starts.extend([(from, false), (start, true)]),
            // The mark touches the marked run before it.
            Some(_) if starts.last().is_some_and(|&(_, marked)| marked) => {}
            Some(from) => starts.push((from, true)),
            None => {}
        }
        at = next_word(end);
    }
    starts.extend(at.map(|from| (from, false)));
    starts
}

/// The FAQ: each question, its answer and where to read on.
pub fn faqs<W: Write>(
    out: &mut W,
    entries: &[&Faq],
    query: &str,
    config: &Config,
) -> io::Result<()> {
    let mut w = Writer::new(out, config);
    // The FAQ is built in only, and `build.rs` has checked its text.
    w.built_in = true;
    let matcher = (!query.is_empty()).then(|| Matcher::new(query));
    for (i, faq) in entries.iter().enumerate() {
        if i > 0 {
            writeln!(w.out)?;
        }
        w.flow(0, 0, words(&faq.question, TITLE))?;
        write!(w.out, "  ")?;
        let answer = faq_answer(faq);
        flow_marked(&mut w, 2, 2, &answer, matcher.as_ref())?;
        if w.sources {
            let sources = sources_text(&faq.sources);
            write!(w.out, "  ")?;
            w.flow(2, 2, words(&sources, DIM))?;
        }
        if !faq.related.is_empty() {
            write!(w.out, "  ")?;
            w.related(2, 4, ("see:", DIM), &faq.related)?;
        }
    }
    Ok(())
}

/// Search results, best first: one entry per guide or question, its best-matching text
/// under it with where that applies, and the command that prints it whole.
pub fn results<W: Write>(
    out: &mut W,
    entries: &[Group],
    matcher: &Matcher,
    config: &Config,
    built_in: bool,
) -> io::Result<()> {
    let mut w = Writer::new(out, config);
    w.built_in = built_in;
    for (i, entry) in entries.iter().enumerate() {
        if i > 0 {
            writeln!(w.out)?;
        }
        let rank = format!("{:>2}. ", i + 1);
        w.piece(&rank, TITLE)?;
        w.flow(4, 4, words(entry.title, TITLE))?;
        for hit in &entry.hits {
            let within = hit.within(entry.title);
            let mut indent = 4;
            if !within.is_empty() || !hit.applies_to.is_empty() {
                write!(w.out, "    ")?;
                // An empty run is left out; the second has a lead only after the first.
                let lead = if within.is_empty() { "" } else { "· " };
                let runs = [
                    Word::new(within, HEADING),
                    Word::new(&hit.applies_to, DIM).led(lead, DIM),
                ];
                w.flow(4, 6, runs)?;
                indent = 6;
            }
            w.spaces(indent)?;
            flow_marked(&mut w, indent, indent, &hit.snippet, Some(matcher))?;
        }
        let command = if entry.faq {
            format!("imsg-guide faq {}", entry.id)
        } else {
            format!("imsg-guide show {}", entry.id)
        };
        write!(w.out, "    ")?;
        w.flow(4, 4, words(&command, DIM))?;
    }
    Ok(())
}

/// Where facts come from: each id with its confidence and summary, what replaced or
/// corrected it, and its citations with their URLs, aligned under the summary.
pub fn facts<W: Write>(out: &mut W, facts: &[Fact], config: &Config) -> io::Result<()> {
    let mut w = Writer::new(out, config);
    let id_width = facts.iter().map(|f| f.id.len()).max().unwrap_or(0);
    let columns = id_width + 2 + "seed".len() + 2;
    // On a narrow terminal the text goes under the id rather than in a sliver beside it.
    let beside = config
        .width
        .is_none_or(|width| width >= columns + MIN_TITLE);
    let indent = if beside { columns } else { 2 };
    for (i, fact) in facts.iter().enumerate() {
        if i > 0 {
            writeln!(w.out)?;
        }
        let confidence = fact.confidence.name();
        let style = if fact.confidence == Confidence::C {
            UNVERIFIED_FLAG
        } else {
            TITLE
        };
        w.painted(&fact.id, PATH_ELEMENT)?;
        w.spaces(id_width - fact.id.len() + 2)?;
        w.painted(confidence, style)?;
        if beside {
            w.spaces("seed".len() - confidence.len() + 2)?;
        } else {
            w.out.write_all(b"\n")?;
            w.spaces(indent)?;
        }
        w.flow(indent, indent, words(&fact.summary, PLAIN))?;
        let line = |w: &mut Writer<W>, label: &str, text: &str| -> io::Result<()> {
            w.spaces(indent)?;
            let lead = words(label, DIM).chain(words(text, PLAIN));
            w.flow(indent, indent + 2, lead)
        };
        if let Some(note) = &fact.confidence_note {
            line(&mut w, "confidence:", note)?;
        }
        for (label, ids) in fact.superseded() {
            line(&mut w, &format!("{label}:"), &ids.join(", "))?;
        }
        if let Some(correction) = &fact.correction {
            line(&mut w, "correction:", correction)?;
        }
        if fact.citations.is_empty() {
            line(&mut w, "source:", "none named in the content spec")?;
        }
        for citation in fact.citations.iter() {
            w.spaces(indent)?;
            let text = citation.describe();
            let url = citation.url.as_deref().unwrap_or_default();
            let runs = [
                Word::new(&text, PLAIN).led("· ", DIM),
                Word::new(url, PATH_ELEMENT).atomic(),
            ];
            w.flow(indent, indent + 2, runs)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{char_start, display_width, marked_runs};

    /// Wide characters take two columns and combining marks none, so text with them
    /// wraps where a terminal shows the edge.
    #[test]
    fn widths_are_terminal_columns() {
        assert_eq!(display_width("Settings › Messages"), 19);
        assert_eq!(display_width("設定 › メッセージ"), 4 + 3 + 10);
        assert_eq!(display_width("e\u{301}"), 1);
        assert_eq!(char_start("plain words", 5), Some(5));
        assert_eq!(char_start("plain", 5), None);
        // 設 and 定 take two columns each: the third column is inside 定.
        assert_eq!(char_start("設定です", 3), Some(3));
        assert_eq!(char_start("設定です", 4), Some(6));
        assert_eq!(char_start("設定", 4), None);
        assert_eq!(char_start("é é é", 3), Some(5));
    }

    #[test]
    fn step_numbers_are_aligned_as_the_formatter_aligns_them() {
        for n in [0, 1, 9, 10, 99, 100, 999, 1000, usize::MAX] {
            assert_eq!(super::step_number(n, &mut [0; 24]), format!("{n:>3}. "));
        }
    }

    proptest::proptest! {
        /// Runs are what reading the text word by word gives: each word marked when a mark
        /// overlaps it, and a new run wherever that changes.
        #[test]
        fn runs_follow_the_marked_words(
            text in "[ab -]{0,24}",
            picks in proptest::collection::vec((0usize..24, 0usize..24), 0..6),
        ) {
            // Marks as the matcher makes them: sorted, apart, on word characters.
            let word = |i: usize| text.as_bytes().get(i).is_some_and(|&b| b != b' ');
            let mut marks: Vec<(usize, usize)> = Vec::new();
            let mut picks = picks;
            picks.sort_unstable();
            for (a, len) in picks {
                let b = a + 1 + len % 4;
                if word(a) && word(b - 1) && marks.last().is_none_or(|&(_, end)| end < a) {
                    marks.push((a, b));
                }
            }
            let mut expected: Vec<(usize, bool)> = Vec::new();
            let mut start = 0;
            for piece in text.split(' ') {
                let end = start + piece.len();
                if !piece.is_empty() {
                    let marked = marks.iter().any(|&(a, b)| a < end && b > start);
                    if expected.last().is_none_or(|&(_, m)| m != marked) {
                        expected.push((start, marked));
                    }
                }
                start = end + 1;
            }
            proptest::prop_assert_eq!(marked_runs(&text, &marks), expected, "{:?} {:?}", text, marks);
        }
    }
}
