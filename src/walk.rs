//! `fix-signed-out --interactive`: one yes/no question at a time, the fix when an answer
//! points at the fault, and a summary of what was checked, changed and is left.
//!
//! The walk reads the same guide the checklist prints: a step with a `check` is asked
//! about, a step without one is offered as something to try, and `last_resort` steps
//! are left for the summary. Without `--device` or `--os` it first asks for them, as far
//! as the guide has different routes for the answers.
//!
//! It always ends: at the end of input, on `q`, on Ctrl-C (with the summary so far), and
//! on a pipe after a few answers in a row it cannot read. Every line it prints, the
//! guide's questions and the user's own answers too, is stripped of control sequences.

use std::io::{self, BufRead, Write};

use crate::cli::{self, Config, Format};
use crate::device::{Device, Family};
use crate::error::Error;
use crate::error::ExitCode;
use crate::filter::{self, select, Query, Section};
use crate::guide::{Answer, Guide, Scope};
use crate::render::text::{walk_line, walk_prompt, walk_step};
use crate::render::{self, Output};
use crate::sanitize::{for_terminal, Terminal};
use crate::suggest::did_you_mean;
use crate::transcript::{heading, Outcome, Record, Reply, Summary, Transcript};

const HELP: &str = "Answer y (yes), n (no), s (skip this one) or q (quit). At the end you get a summary of what was checked, what was changed and what is left.";
const CHOICES: &str = "[y/n/s/q/?]";
const HOW: &str = "answer y, n, s or q";

/// Longest answer read, in bytes: the longest word the walk knows is a few bytes, and a
/// version or device name a few more.
const MAX_ANSWER: usize = 256;
/// How much of a too-long line typed on a terminal is thrown away to reach the next one.
const MAX_DISCARD: u64 = 64 * 1024;
/// Answers in a row the walk cannot read before it gives up, when they come from a pipe
/// or file: a script that sends something else would otherwise be asked forever.
const MAX_STRIKES: u32 = 3;
/// Characters of an answer shown back, in an echo or an error.
const MAX_SHOWN: usize = 24;

/// The guided diagnosis, from the query's devices and version or from the user's answers,
/// on the real standard input and outputs. The conversation goes to stdout; with `--json`
/// or `-f markdown` it goes to stderr and the transcript or summary to stdout.
pub fn run(guide: &Guide, query: Query, config: &Config) -> Result<ExitCode, Error> {
    let terminal = crate::cli::is_terminal(io::stdin());
    let mut answers = Lines {
        input: io::BufReader::with_capacity(MAX_ANSWER, Waiting::new()),
        discard: terminal,
    };
    let mut out: Terminal<Box<dyn Write>> = match config.format {
        Format::Text => Terminal::new(Box::new(io::stdout()), config.color),
        _ => Terminal::new(Box::new(io::stderr()), config.color),
    };
    converse(guide, query, &mut answers, &mut out, terminal, config)
}

fn converse<A: Answers, W: Write>(
    guide: &Guide,
    mut query: Query,
    answers: &mut A,
    out: &mut W,
    terminal: bool,
    config: &Config,
) -> Result<ExitCode, Error> {
    let mut talk = Talk {
        answers,
        out,
        config,
        terminal,
        strikes: 0,
    };
    let section = match choose_route(guide, &mut query, &mut talk)? {
        Ok(section) => section,
        Err(outcome) => {
            talk.line("", false)?;
            talk.line("Stopped before the walk began.", true)?;
            return Ok(exit_code(outcome));
        }
    };
    let transcript = walk(&section, &mut talk)?;
    Summary::of(&transcript).text(&mut talk)?;
    // The result goes out whole and unpaged: the walk is a conversation, not a page.
    render::print(config, false, &Output::Walk(&transcript, &section, &query))?;
    Ok(exit_code(transcript.outcome))
}

fn exit_code(outcome: Outcome) -> ExitCode {
    match outcome {
        Outcome::Interrupted => ExitCode::Interrupted,
        _ => ExitCode::Success,
    }
}

/// The one route to walk: the version's, or without a version the newest. Asks for the
/// device when none was given, and for the version when none was given and the guide has
/// more than one route for the device.
fn choose_route<'g, A: Answers, W: Write>(
    guide: &'g Guide,
    query: &mut Query,
    talk: &mut Talk<A, W>,
) -> Result<Setup<Section<'g>>, Error> {
    let routes = |query: &Query| select(guide, query, Some(Scope::Device));
    if query.devices.is_empty() {
        let offered: Vec<Device> = Device::ALL
            .into_iter()
            .filter(|&d| {
                !routes(&Query {
                    devices: vec![d],
                    os: None,
                })
                .is_empty()
            })
            .collect();
        if offered.is_empty() {
            return Err(Error::NoMatch(
                "`fix-signed-out` has no steps for any device".to_owned(),
            ));
        }
        match ask_device(talk, &offered)? {
            Ok(device) => query.devices.push(device),
            Err(outcome) => return Ok(Err(outcome)),
        }
    }
    // Tries at one question do not count against the next.
    talk.strikes = 0;
    let family = query.devices[0].family();
    let one_family = query.devices.iter().all(|d| d.family() == family);
    if query.os.is_none() && family != Family::Web && one_family && routes(query).len() > 1 {
        match ask_version(talk, &query.devices)? {
            Ok(os) => query.os = os,
            Err(outcome) => return Ok(Err(outcome)),
        }
    }
    talk.strikes = 0;
    match routes(query).into_iter().next_back() {
        Some(section) => Ok(Ok(section)),
        None => Err(Error::NoMatch(format!(
            "`fix-signed-out` has no steps for {}",
            query.describe()
        ))),
    }
}

/// What a question got: its answer, or the end of the walk.
type Setup<T> = Result<T, Outcome>;

fn ask_device<A: Answers, W: Write>(
    talk: &mut Talk<A, W>,
    offered: &[Device],
) -> Result<Setup<Device>, Error> {
    let ids: Vec<&str> = offered.iter().map(|d| d.id()).collect();
    let list = or_list(&ids);
    let prompt = format!("\nWhich device shows the alert? [{}/?]", ids.join("/"));
    let help = format!("Name the device that shows \"iMessage is Signed Out\": {list}.");
    talk.setup(
        &prompt,
        &help,
        &format!("name the device: {list}"),
        |word| {
            // People write "iPod touch" as it is sold; the option spells it ipod-touch.
            cli::device_word(&word.replace(' ', "-")).ok_or_else(|| {
                let hint = did_you_mean(word, ids.iter().copied())
                    .map(|s| format!(" (did you mean {s}?)"))
                    .unwrap_or_default();
                format!("`{}` is not a device{hint}; answer {list}.", shorten(word))
            })
        },
    )
}

fn ask_version<A: Answers, W: Write>(
    talk: &mut Talk<A, W>,
    devices: &[Device],
) -> Result<Setup<Option<crate::version::Version>>, Error> {
    let os = os_name(devices);
    let names: Vec<&str> = devices.iter().map(|d| d.name()).collect();
    let prompt = format!(
        "\nWhich version of {os} is on the {}? (such as 17.4; Enter if not sure)",
        or_list(&names)
    );
    let help = format!("The steps differ between versions of {os}. Give the version number, such as 17.4, or press Enter for the newest steps.");
    let how = format!("give the {os} version, such as 17.4, or an empty line if not sure");
    talk.setup(&prompt, &help, &how, |word| {
        if word.is_empty() {
            return Ok(None);
        }
        // The error quotes the answer: never more of it than an echo shows.
        filter::check_version(&shorten(word), devices)
            .map(Some)
            .map_err(|e| format!("{e}."))
    })
}

/// "iPadOS" for iPads alone, else the family's name.
fn os_name(devices: &[Device]) -> &'static str {
    if devices.iter().all(|&d| d == Device::Ipad) {
        Device::Ipad.os_name(Family::Ios.verified_up_to())
    } else {
        devices[0].family().name()
    }
}

fn is_quit(word: &str) -> bool {
    matches!(word.to_ascii_lowercase().as_str(), "q" | "quit")
}

fn is_help(word: &str) -> bool {
    matches!(word.to_ascii_lowercase().as_str(), "?" | "h" | "help")
}

/// "a, b or c".
fn or_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// Walks the steps of `section`, reading answers and talking through `talk`.
fn walk<A: Answers, W: Write>(
    section: &Section,
    talk: &mut Talk<A, W>,
) -> Result<Transcript, Error> {
    talk.line(&format!("{}.", heading(section)), true)?;
    talk.line(HELP, false)?;

    // The steps for these devices and this version, numbered as the printed guide numbers them.
    let steps = section.fitting(&section.method.steps);
    let mut records = Vec::new();
    let mut outcome = Outcome::NotFixed;
    for (i, fit) in steps
        .iter()
        .enumerate()
        .filter(|(_, f)| !f.item.last_resort)
    {
        let (number, step, words) = (i + 1, fit.item, &fit.audience);
        let (kind, intro) = match step.check {
            Some(_) => ("check", "That is the fault. Fix it:"),
            None => ("try", "Try this:"),
        };
        let mut record = Record {
            number,
            kind,
            ..Record::default()
        };
        let show_fix = match &step.check {
            Some(check) => {
                let question = words.resolve(&check.ask).into_owned();
                record.look_in = step
                    .look_in()
                    .iter()
                    .map(|p| words.resolve(p).into_owned())
                    .collect();
                let got = talk.ask(&question, &record.look_in)?;
                record.question = Some(question);
                record.answer = got.ok();
                if let Some(end) = ends(got) {
                    outcome = end;
                }
                let fault = match check.fault {
                    Answer::Yes => Reply::Yes,
                    Answer::No => Reply::No,
                };
                record.answer == Some(fault)
            }
            None => true,
        };
        if outcome == Outcome::NotFixed && show_fix {
            talk.line(intro, true)?;
            walk_step(talk.out, section, number, step, talk.config)?;
            record.fix_shown = true;
            record.fix = Some(words.resolve(&step.text).into_owned());
            let got = talk.ask("Did that fix it?", &[])?;
            record.fixed = got.ok();
            if record.fixed == Some(Reply::Yes) {
                outcome = Outcome::Fixed;
            } else if let Some(end) = ends(got) {
                outcome = end;
            }
        }
        records.push(record);
        if outcome != Outcome::NotFixed {
            break;
        }
    }

    let mut left: Vec<String> = steps
        .iter()
        .filter(|f| f.item.last_resort && outcome != Outcome::Fixed)
        .map(|f| f.audience.resolve(&f.item.text).into_owned())
        .collect();
    for record in records.iter().filter(|r| r.fix_shown) {
        let fit = &steps[record.number - 1];
        left.extend(
            fit.audience
                .fitting(&fit.item.warnings)
                .iter()
                .map(|w| w.audience.resolve(&w.item.text).into_owned()),
        );
    }
    Ok(Transcript {
        steps: records,
        outcome,
        left,
    })
}

/// The outcome when this answer ends the walk.
fn ends(got: Setup<Reply>) -> Option<Outcome> {
    match got {
        Ok(Reply::Quit) => Some(Outcome::Quit),
        Ok(_) => None,
        Err(outcome) => Some(outcome),
    }
}

impl Summary<'_> {
    fn text<A: Answers, W: Write>(&self, talk: &mut Talk<A, W>) -> Result<(), Error> {
        talk.line("", false)?;
        for (i, (title, items)) in self.groups().into_iter().enumerate() {
            if i == 0 {
                talk.line(title, true)?;
            } else {
                talk.line(&format!("{title}:"), true)?;
            }
            for item in items {
                talk.line(&format!("- {item}"), false)?;
            }
        }
        Ok(())
    }
}

/// One thing read from the user.
#[derive(Debug)]
enum Input {
    Line(String),
    /// A line longer than `MAX_ANSWER` bytes.
    TooLong,
    /// The end of the input, or Ctrl-C.
    Stopped(Outcome),
}

/// Where answers come from: standard input and Ctrl-C, or a script in tests.
trait Answers {
    fn next(&mut self) -> io::Result<Input>;
}

/// Reads one line of at most `MAX_ANSWER` bytes, without its line break. Past the cap,
/// with `discard`, the rest of the line is skipped (up to `MAX_DISCARD` bytes), so a long
/// paste on a terminal costs one answer; without it nothing more is read.
fn read_line<R: BufRead>(input: &mut R, discard: bool) -> io::Result<Input> {
    let mut line = Vec::new();
    // Room for the longest answer, its "\r\n" and one byte that makes it too long.
    let limit = MAX_ANSWER as u64 + 3;
    if io::Read::take(&mut *input, limit).read_until(b'\n', &mut line)? == 0 {
        return Ok(Input::Stopped(Outcome::EndOfInput));
    }
    let ended = line.last() == Some(&b'\n');
    if ended {
        line.pop();
    }
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    if line.len() > MAX_ANSWER {
        if discard && !ended {
            io::Read::take(&mut *input, MAX_DISCARD).skip_until(b'\n')?;
        }
        return Ok(Input::TooLong);
    }
    String::from_utf8(line)
        .map(Input::Line)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "stdin is not UTF-8 text"))
}

/// Answers read line by line from a reader: in a walk, standard input and Ctrl-C
/// (`Waiting`), so Ctrl-C ends the walk with a summary while a read is still waiting for
/// a key. Nothing here runs before the walk starts, so no other command pays for it.
struct Lines<R> {
    input: R,
    /// Whether to skip the rest of a line that is too long, as on a terminal.
    discard: bool,
}

impl<R: BufRead> Answers for Lines<R> {
    fn next(&mut self) -> io::Result<Input> {
        match read_line(&mut self.input, self.discard) {
            Err(e) if e.get_ref().is_some_and(|e| e.is::<Interrupt>()) => {
                Ok(Input::Stopped(Outcome::Interrupted))
            }
            other => other,
        }
    }
}

/// The error a read ends in when Ctrl-C came first.
#[derive(Debug)]
struct Interrupt;

impl std::fmt::Display for Interrupt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("interrupted")
    }
}

impl std::error::Error for Interrupt {}

/// Standard input, read when it has something, unless Ctrl-C has been pressed.
struct Waiting {
    stdin: io::Stdin,
    /// Readable once SIGINT has come; `None` where it could not be caught.
    #[cfg(unix)]
    interrupts: Option<std::os::fd::OwnedFd>,
}

impl Waiting {
    #[cfg(unix)]
    fn new() -> Waiting {
        // SIGINT writes a byte to the pipe; it is read by nobody, so it stays readable.
        let interrupts = rustix::pipe::pipe().ok().and_then(|(read, write)| {
            signal_hook::low_level::pipe::register(signal_hook::consts::SIGINT, write)
                .ok()
                .map(|_| read)
        });
        Waiting {
            stdin: io::stdin(),
            interrupts,
        }
    }

    #[cfg(not(unix))]
    fn new() -> Waiting {
        Waiting { stdin: io::stdin() }
    }
}

impl io::Read for Waiting {
    #[cfg(unix)]
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        use rustix::event::{poll, PollFd, PollFlags};
        use std::os::fd::AsFd;
        let Some(interrupts) = &self.interrupts else {
            return self.stdin.read(buf);
        };
        loop {
            let stdin = self.stdin.as_fd();
            let mut fds = [
                PollFd::new(&stdin, PollFlags::IN),
                PollFd::new(interrupts, PollFlags::IN),
            ];
            match poll(&mut fds, None) {
                Ok(_) => {}
                Err(rustix::io::Errno::INTR) => continue,
                Err(e) => return Err(e.into()),
            }
            if !fds[1].revents().is_empty() {
                return Err(io::Error::other(Interrupt));
            }
            if !fds[0].revents().is_empty() {
                return self.stdin.read(buf);
            }
        }
    }

    #[cfg(not(unix))]
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.stdin.read(buf)
    }
}

struct Talk<'a, A, W> {
    answers: &'a mut A,
    out: &'a mut W,
    config: &'a Config,
    /// On a terminal a person can take as many tries as they like. A pipe gets a few, and
    /// its answers are echoed, so the conversation reads whole in a log.
    terminal: bool,
    /// Answers in a row that were not understood.
    strikes: u32,
}

impl<A: Answers, W: Write> Talk<'_, A, W> {
    fn line(&mut self, text: &str, heading: bool) -> io::Result<()> {
        if text.is_empty() {
            writeln!(self.out)?;
        } else {
            walk_line(self.out, text, heading, self.config)?;
        }
        self.out.flush()
    }

    /// Shows `prompt` and reads a line, or the end of the input or Ctrl-C.
    fn read(&mut self, prompt: &str) -> Result<Setup<String>, Error> {
        loop {
            walk_prompt(self.out, prompt, self.config)?;
            self.out.flush()?;
            let stopped = match self.answers.next().map_err(read_error) {
                Ok(Input::Line(text)) => {
                    if !self.terminal {
                        writeln!(self.out, "{}", shorten(&text))?;
                    }
                    return Ok(Ok(text));
                }
                Ok(Input::TooLong) if self.terminal => {
                    self.line(
                        &format!("That is too long for an answer (more than {MAX_ANSWER} bytes)."),
                        false,
                    )?;
                    continue;
                }
                Ok(Input::TooLong) => Err(Error::Usage(format!(
                    "an answer on stdin is longer than {MAX_ANSWER} bytes; give one short answer a line, such as y, n, s or q"
                ))),
                Ok(Input::Stopped(outcome)) => Ok(Err(outcome)),
                Err(e) => Err(e),
            };
            // Nothing more comes on the prompt's line.
            writeln!(self.out)?;
            return stopped;
        }
    }

    /// Counts an answer that was not understood and says why on the conversation; on a
    /// pipe, the last of `MAX_STRIKES` in a row ends the walk with an error instead.
    fn strike(&mut self, why: &str, answer: &str, how: &str) -> Result<(), Error> {
        self.strikes += 1;
        if !self.terminal && self.strikes >= MAX_STRIKES {
            let last = if answer.is_empty() {
                "an empty line".to_owned()
            } else {
                format!("`{}`", shorten(answer))
            };
            return Err(Error::Usage(format!(
                "{MAX_STRIKES} answers in a row on stdin were not understood (the last: {last}); {how}, one a line"
            )));
        }
        self.line(why, false)?;
        Ok(())
    }

    /// Asks `prompt` until `parse` takes the answer, counting the answers it cannot read
    /// and those asking for `help`; `how` says what it takes.
    fn setup<T>(
        &mut self,
        prompt: &str,
        help: &str,
        how: &str,
        parse: impl Fn(&str) -> Result<T, String>,
    ) -> Result<Setup<T>, Error> {
        loop {
            let text = match self.read(prompt)? {
                Ok(text) => text,
                Err(Outcome::EndOfInput) => return Err(Error::Usage(
                    "the answers ran out before the walk began; name the device and version with -d and -o, such as `-d iphone -o 17.4`, or answer the questions".to_owned(),
                )),
                Err(outcome) => return Ok(Err(outcome)),
            };
            let word = text.trim();
            if is_quit(word) {
                return Ok(Err(Outcome::Quit));
            }
            let why = if is_help(word) {
                help.to_owned()
            } else {
                match parse(word) {
                    Ok(got) => return Ok(Ok(got)),
                    Err(why) => why,
                }
            };
            self.strike(&why, word, how)?;
        }
    }

    /// Asks a yes/no question until the answer is one the walk knows, after saying where to
    /// look when `look_in` names a place.
    fn ask(&mut self, question: &str, look_in: &[String]) -> Result<Setup<Reply>, Error> {
        let mut prompt = String::from("\n");
        if !look_in.is_empty() {
            prompt.push_str(&format!("Look in {}.\n", look_in.join(" › ")));
        }
        prompt.push_str(&format!("{question} {CHOICES}"));
        loop {
            let text = match self.read(&prompt)? {
                Ok(text) => text,
                Err(outcome) => return Ok(Err(outcome)),
            };
            let word = text.trim().to_ascii_lowercase();
            let reply = match word.as_str() {
                "y" | "yes" => Reply::Yes,
                "n" | "no" => Reply::No,
                "s" | "skip" => Reply::Skip,
                "q" | "quit" => Reply::Quit,
                _ => {
                    let why = match is_help(&word) {
                        true => HELP,
                        false => "Please answer y, n, s or q (? for help).",
                    };
                    self.strike(why, &text, HOW)?;
                    continue;
                }
            };
            self.strikes = 0;
            return Ok(Ok(reply));
        }
    }
}

/// An answer as shown back: stripped of control sequences and cut to `MAX_SHOWN`
/// characters, as it can be anything at all.
fn shorten(answer: &str) -> String {
    let clean = for_terminal(answer);
    match clean.char_indices().nth(MAX_SHOWN) {
        Some((at, _)) => format!("{}…", &clean[..at]),
        None => clean.into_owned(),
    }
}

/// A failed read, as the error the user sees: what could not be read and why.
fn read_error(e: io::Error) -> Error {
    let why = match e.kind() {
        io::ErrorKind::IsADirectory => "stdin is a directory".to_owned(),
        io::ErrorKind::InvalidData => "stdin is not UTF-8 text".to_owned(),
        _ => e
            .to_string()
            .split(" (os error")
            .next()
            .unwrap_or_default()
            .to_owned(),
    };
    Error::Usage(format!("could not read the answers: {why}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(bytes: &[u8], discard: bool) -> Vec<String> {
        let mut answers = Lines {
            input: io::BufReader::with_capacity(16, bytes),
            discard,
        };
        let mut seen = Vec::new();
        loop {
            match answers.next() {
                Ok(Input::Line(l)) => seen.push(l),
                Ok(Input::TooLong) => seen.push("<too long>".to_owned()),
                Ok(Input::Stopped(outcome)) => {
                    assert_eq!(outcome, Outcome::EndOfInput);
                    return seen;
                }
                Err(e) => {
                    seen.push(format!("<{e}>"));
                    return seen;
                }
            }
        }
    }

    #[test]
    fn lines_end_at_line_breaks_and_the_end() {
        assert_eq!(lines(b"y\r\nno\n\nq", false), ["y", "no", "", "q"]);
        assert!(lines(b"", false).is_empty());
    }

    #[test]
    fn a_line_stops_at_the_cap() {
        let long = [b'x'; MAX_ANSWER + 1];
        let just = [b'x'; MAX_ANSWER];
        assert_eq!(lines(&just, false), ["x".repeat(MAX_ANSWER)]);
        // On a pipe the reading stops at the cap, in the middle of the line.
        let mut piped = Lines {
            input: &long[..],
            discard: false,
        };
        assert!(matches!(piped.next(), Ok(Input::TooLong)));
        // On a terminal the rest of the line goes, and the next one is read.
        let mut typed = long.to_vec();
        typed.extend_from_slice(b"\nn\n");
        assert_eq!(lines(&typed, true), ["<too long>", "n"]);
    }

    #[test]
    fn bytes_that_are_not_utf8_are_an_error() {
        assert_eq!(
            lines(b"y\n\xff\n", false),
            ["y", "<stdin is not UTF-8 text>"]
        );
    }

    /// Answers given in advance, then the end.
    struct Script(Vec<Input>);

    impl Answers for Script {
        fn next(&mut self) -> io::Result<Input> {
            Ok(if self.0.is_empty() {
                Input::Stopped(Outcome::EndOfInput)
            } else {
                self.0.remove(0)
            })
        }
    }

    fn converse_with(script: Vec<Input>, query: Query) -> (Result<ExitCode, Error>, String) {
        let guide = crate::guide::builtin("fix-signed-out").unwrap();
        // Through the parser, so the settings are those of a real command line.
        let cli = <crate::cli::Cli as clap::Parser>::try_parse_from([
            "imsg-guide",
            "fix-signed-out",
            "--color",
            "never",
            "--width",
            "1000",
        ])
        .unwrap();
        let config = Config::new(&cli.global).unwrap();
        let mut out = Vec::new();
        let code = converse(guide, query, &mut Script(script), &mut out, false, &config);
        (code, String::from_utf8(out).unwrap())
    }

    #[test]
    fn an_interrupt_ends_the_walk_with_its_summary() {
        let query = Query {
            devices: vec![Device::Iphone],
            os: Some("17".parse().unwrap()),
        };
        let (code, out) = converse_with(
            vec![
                Input::Line("y".into()),
                Input::Line("n".into()),
                Input::Stopped(Outcome::Interrupted),
            ],
            query.clone(),
        );
        assert_eq!(code.unwrap(), ExitCode::Interrupted);
        assert!(
            out.ends_with(
                "\nDoes Send & Receive say \"No Addresses\"? [y/n/s/q/?] \n\n\
                 Summary: interrupted before the end.\n\
                 Checked and fine:\n\
                 - step 1: Is the iMessage switch on in Messages settings?\n\
                 Fixes shown:\n\
                 - step 2: If the switch is already on, turn it off, wait a few seconds, then turn it on again to make iMessage activate afresh.\n\
                 Left:\n\
                 - If nothing helps, contact Apple Support in the Apple Support app or through Apple's contact page (https://support.apple.com/contact).\n"
            ),
            "{out}"
        );
        // Before the walk began there is nothing to sum up.
        let (code, out) =
            converse_with(vec![Input::Stopped(Outcome::Interrupted)], Query::default());
        assert_eq!(code.unwrap(), ExitCode::Interrupted);
        assert!(out.ends_with("Stopped before the walk began.\n"), "{out}");
        assert!(!out.contains("Summary"), "{out}");
    }
}
