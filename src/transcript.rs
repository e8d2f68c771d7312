//! What an interactive walk did, step by step, and its summary: what the walk records
//! and every format prints.

use serde::Serialize;

use crate::filter::Section;

/// What the user answered to one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Reply {
    Yes,
    No,
    Skip,
    Quit,
}

/// How the walk ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// The user said a fix worked.
    Fixed,
    /// Every check and fix was gone through and none worked.
    NotFixed,
    Quit,
    /// Standard input ended before the walk did.
    EndOfInput,
    /// Ctrl-C.
    Interrupted,
}

/// One step of the walk as it happened.
#[derive(Debug, Default, Serialize)]
pub struct Record {
    pub number: usize,
    /// "check" for a question about the device, "try" for a fix offered outright.
    pub kind: &'static str,
    pub question: Option<String>,
    /// Where the question said to look, as UI elements; empty when nowhere in particular.
    pub look_in: Vec<String>,
    /// The answer to the question; `None` for a step offered outright or never answered.
    pub answer: Option<Reply>,
    pub fix_shown: bool,
    /// The step's instruction, in the device's and version's words, when it was shown.
    pub fix: Option<String>,
    /// The answer to "Did that fix it?", when it was asked and answered.
    pub fixed: Option<Reply>,
}

/// The walk as it happened: each step, how it ended and what is left.
#[derive(Debug, Serialize)]
pub struct Transcript {
    pub steps: Vec<Record>,
    pub outcome: Outcome,
    /// What is left to do or keep in mind: the last-resort steps when nothing worked,
    /// and the warnings of every fix that was shown.
    pub left: Vec<String>,
}

/// "Fixing "iMessage is Signed Out" on iPhone · iOS 17".
pub fn heading(section: &Section) -> String {
    let label = section
        .version_label()
        .map(|v| format!("{} · {v}", section.device_names()))
        .unwrap_or_else(|| section.device_names());
    format!("Fixing \"iMessage is Signed Out\" on {label}")
}

/// The end of the walk, as lists: what was checked, shown, skipped and is left.
pub struct Summary<'t> {
    outcome: Outcome,
    checked: Vec<String>,
    shown: Vec<String>,
    skipped: Vec<String>,
    left: &'t [String],
}

impl<'t> Summary<'t> {
    pub fn of(t: &'t Transcript) -> Summary<'t> {
        let item = |r: &Record| {
            let what = r
                .fix
                .as_deref()
                .or(r.question.as_deref())
                .unwrap_or_default();
            format!("step {}: {what}", r.number)
        };
        let mut summary = Summary {
            outcome: t.outcome,
            checked: Vec::new(),
            shown: Vec::new(),
            skipped: Vec::new(),
            left: &t.left,
        };
        for r in &t.steps {
            if r.fix_shown {
                let mut line = item(r);
                if r.fixed == Some(Reply::Skip) {
                    line.push_str(" (not known whether it helped)");
                }
                summary.shown.push(line);
            } else if r.answer == Some(Reply::Skip) {
                summary.skipped.push(item(r));
            } else if matches!(r.answer, Some(Reply::Yes | Reply::No)) {
                summary.checked.push(item(r));
            }
        }
        summary
    }

    /// The verdict and the lists that have something in them, titled.
    pub fn groups(&self) -> Vec<(&'static str, &[String])> {
        let verdict = match self.outcome {
            Outcome::Fixed => "Summary: fixed.",
            Outcome::NotFixed => "Summary: not fixed by these checks.",
            Outcome::Quit => "Summary: stopped before the end.",
            Outcome::EndOfInput => "Summary: the answers ran out before the end.",
            Outcome::Interrupted => "Summary: interrupted before the end.",
        };
        let mut groups = vec![(verdict, &[][..])];
        for (title, items) in [
            ("Checked and fine", &self.checked[..]),
            ("Fixes shown", &self.shown[..]),
            ("Skipped", &self.skipped[..]),
            ("Left", self.left),
        ] {
            if !items.is_empty() {
                groups.push((title, items));
            }
        }
        groups
    }
}
