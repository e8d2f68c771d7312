//! Renderers: one per output format, each writing an answer to any `Write`.

pub mod json;
pub mod markdown;
pub mod text;

use crate::device::{push_range_label, range_label, Device};
use crate::faq::Faq;
use crate::filter::{coverage, Audience, Query, Section};
use crate::find::Found;
use crate::guide::{Guide, Scope};

/// A guide narrowed to the query: what every renderer prints for a guide command.
pub struct GuideAnswer<'g> {
    /// The command the user ran, such as `signout` or `show`.
    pub command: &'static str,
    /// The scope the command asked for; `None` for `show`, which prints every scope.
    pub scope: Option<Scope>,
    pub guide: &'g Guide,
    pub sections: Vec<Section<'g>>,
    pub query: &'g Query,
    /// Built-in text, which `build.rs` has checked holds no control characters, so the
    /// text renderer writes it without scanning it again.
    pub built_in: bool,
}

// What more than one renderer says the same way.

/// "iPadOS 27 is newer than iPadOS 26, …", when the version asked for is past the newest
/// one the steps were checked on.
pub fn newer_than_verified(answer: &GuideAnswer) -> Option<String> {
    let (_, newest) = answer.query.beyond_verified()?;
    let os = answer.query.os?;
    let name = Audience::of_answer(answer.query, &[]).os_name(Some(os));
    Some(format!(
        "{name} {os} is newer than {name} {newest}, the newest release these steps were verified up to; they show the newest known route."
    ))
}

/// "iPhone (iOS 5 and later), Mac (macOS 10.8 and later), Apple Account website".
pub fn covered_devices(guide: &Guide) -> String {
    let mut out = String::with_capacity(128);
    for d in Device::ALL {
        let Some(range) = coverage(guide, d) else {
            continue;
        };
        if !out.is_empty() {
            out.push_str(", ");
        }
        out.push_str(d.name());
        if d != Device::Web {
            out.push_str(" (");
            push_range_label(&mut out, d.os_name(range.from), d.family(), &range);
            out.push(')');
        }
    }
    out
}

/// An FAQ answer as printed: whom it is for when that is not everyone, and the
/// unverified mark when it rests on a single source.
pub fn faq_answer(faq: &Faq) -> String {
    let mut answer = String::new();
    if let Some(scope) = crate::filter::scope_label(faq) {
        answer.push_str(&format!("({scope}) "));
    }
    if !faq.verified {
        answer.push_str("(unverified)");
        answer.push(' ');
    }
    answer.push_str(&faq.answer);
    answer
}

/// A search result's version range in words: "iOS 10.3–17".
pub fn range_words(found: &Found) -> Option<String> {
    let range = found.os_range?;
    let device = *found.devices.first()?;
    (device != Device::Web)
        .then(|| range_label(device.os_name(range.from), device.family(), &range))
}
