//! What the user asked for (`Query`: the devices and `--os` as people type it, checked
//! here against the version rules), the methods of a guide that fit it, and the words
//! that changed across versions.

use std::borrow::Cow;

use crate::device::{push_named, range_label, Device, Devices, Family};
use crate::error::Error;
use crate::guide::{Guide, Method, Scope, Scoped};
use crate::suggest::did_you_mean;
use crate::version::{Range, Version, VersionError};

/// What the user asked for, checked: devices in canonical order, at most one OS family when
/// a version is given.
#[derive(Clone, Debug, Default)]
pub struct Query {
    /// Empty means every device.
    pub devices: Vec<Device>,
    pub os: Option<Version>,
}

impl Query {
    /// The devices and the `--os` text as given, checked against each other: one line of
    /// error each. Without devices, a version only one OS has says which devices are meant.
    pub fn new(mut devices: Vec<Device>, os: Option<&str>) -> Result<Query, Error> {
        devices.sort_unstable();
        devices.dedup();
        let os = match os {
            None => None,
            Some(text) => {
                let input = parse_os(text).map_err(Error::Usage)?;
                if devices.is_empty() {
                    devices = devices_for(input).map_err(Error::Usage)?;
                }
                Some(check_input(text, input, &devices)?)
            }
        };
        Ok(Query { devices, os })
    }

    pub fn devices(&self) -> &[Device] {
        if self.devices.is_empty() {
            &Device::ALL
        } else {
            &self.devices
        }
    }

    /// The family the version is read in, when one was given.
    pub fn family(&self) -> Option<Family> {
        self.os?;
        self.devices.first().map(|d| d.family())
    }

    /// The newest release the guides were checked on, when the version asked for is newer.
    pub fn beyond_verified(&self) -> Option<Version> {
        let newest = self.family()?.verified_up_to()?;
        (self.os?.major() > newest.major()).then_some(newest)
    }

    /// "iPhone on iOS 17", "the Apple Account website", "Mac".
    pub fn describe(&self) -> String {
        let names: Vec<&str> = self
            .devices()
            .iter()
            .map(|d| match d {
                Device::Web => "the Apple Account website",
                d => d.name(),
            })
            .collect();
        let mut s = names.join(" or ");
        if let (Some(v), Some(family)) = (self.os, self.family()) {
            s.push_str(&format!(" on {} {v}", family.name()));
        }
        s
    }

    /// The query as command-line options, for hints that suggest another command.
    pub fn as_args(&self) -> String {
        let mut s = String::new();
        for d in &self.devices {
            s.push_str(" -d ");
            s.push_str(d.id());
        }
        if let Some(os) = self.os {
            s.push_str(&format!(" -o {os}"));
        }
        s
    }
}

/// The version `text` names, if it is one the devices can run: the checks of `--os`.
/// It reads versions as people write them (`17.4`, `iOS 18.1`, `sequoia`).
pub fn check_version(text: &str, devices: &[Device]) -> Result<Version, Error> {
    let input = parse_os(text).map_err(Error::Usage)?;
    check_input(text, input, devices)
}

/// `check_version` for `text` already read as a version and the OS it names.
fn check_input(text: &str, (version, os): OsInput, devices: &[Device]) -> Result<Version, Error> {
    // `-d mac --os "iOS 17"` asks about two things at once.
    if let Some(named) = os {
        let wrong = devices.iter().find(|d| {
            d.family() != named.family() || named == NamedOs::Ipados && **d != Device::Ipad
        });
        if let Some(d) = wrong {
            let name = d.name();
            return Err(Error::Usage(format!(
                "--os {text} is not a version the {name} runs; leave out --device, or give the {name}'s version"
            )));
        }
    }
    let Some(&first) = devices.first() else {
        return Err(Error::Usage(format!(
            "--os {version} needs --device to say which OS it is, for example `-d iphone -o {version}` or `-d mac -o {version}`"
        )));
    };
    let family = first.family();
    if let Some(other) = devices.iter().find(|d| d.family() != family) {
        return Err(Error::Usage(format!(
            "--os {version} cannot be read as both {} and {}; ask about one kind of device at a time",
            family.name(),
            other.family().name()
        )));
    }
    if family == Family::Web {
        return Err(Error::Usage(
            "the Apple Account website has no OS version; leave out --os with --device web"
                .to_owned(),
        ));
    }
    family.check_exists(version).map_err(Error::Usage)?;
    // Every device is of `family` from here on.
    let name = family.name();
    for &d in devices {
        let supported = d.supported();
        if let Some(from) = supported.from.filter(|&f| version < f) {
            return Err(Error::Usage(format!(
                "{name} {version} has no iMessage: it needs {name} {from} or later"
            )));
        }
        if let Some(before) = supported.before.filter(|&b| version >= b) {
            let last = family.release_before(before);
            return Err(Error::Usage(format!(
                "the {} runs at most {name} {last}; {version} is not available on it",
                d.name()
            )));
        }
    }
    Ok(version)
}

/// What an `--os` value says: the version, and the OS when it was named.
type OsInput = (Version, Option<NamedOs>);

/// The OS a value named, by prefix or by a macOS release name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NamedOs {
    Ios,
    Ipados,
    Macos,
}

impl NamedOs {
    fn family(self) -> Family {
        match self {
            NamedOs::Ios | NamedOs::Ipados => Family::Ios,
            NamedOs::Macos => Family::Macos,
        }
    }
}

/// The macOS releases with Messages, by name, with the version each name stands for.
const MACOS_NAMES: [(&str, u32, u32); 14] = [
    ("mountainlion", 10, 8),
    ("mavericks", 10, 9),
    ("yosemite", 10, 10),
    ("elcapitan", 10, 11),
    ("sierra", 10, 12),
    ("highsierra", 10, 13),
    ("mojave", 10, 14),
    ("catalina", 10, 15),
    ("bigsur", 11, 0),
    ("monterey", 12, 0),
    ("ventura", 13, 0),
    ("sonoma", 14, 0),
    ("sequoia", 15, 0),
    ("tahoe", 26, 0),
];

/// Prefixes naming an OS, longest first so `mac os x` wins over `mac os`.
const PREFIXES: [(&str, NamedOs); 7] = [
    ("mac os x", NamedOs::Macos),
    ("mac os", NamedOs::Macos),
    ("macos", NamedOs::Macos),
    ("os x", NamedOs::Macos),
    ("osx", NamedOs::Macos),
    ("ipados", NamedOs::Ipados),
    ("ios", NamedOs::Ios),
];

/// `--os` as people type it: `17.4`, `iOS 18.1`, `iPadOS 17`, `macOS 14`, `OS X 10.11`,
/// `sequoia`, `macOS High Sierra`.
fn parse_os(text: &str) -> Result<OsInput, String> {
    let lower = text.trim().to_lowercase();
    let (os, rest) = PREFIXES
        .iter()
        .find_map(|&(prefix, os)| Some((Some(os), lower.strip_prefix(prefix)?)))
        .unwrap_or((None, &lower));
    let rest = match os {
        Some(_) => rest.trim_start_matches([' ', '-', '_']).trim_end(),
        None => rest.trim(),
    };
    if rest.starts_with(|c: char| c.is_ascii_digit()) || os.is_none() && rest.is_empty() {
        return match rest.parse::<Version>() {
            Ok(version) => Ok((version, os)),
            // The message quotes what was typed, not what is left of it.
            Err(VersionError::NotNumeric(_)) => {
                Err(VersionError::NotNumeric(text.into()).to_string())
            }
            Err(e) => Err(e.to_string()),
        };
    }
    let name: String = rest
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_'))
        .collect();
    if let Some(&(_, major, minor)) = MACOS_NAMES.iter().find(|(n, ..)| *n == name) {
        if matches!(os, Some(NamedOs::Ios | NamedOs::Ipados)) {
            return Err(format!(
                "`{text}` mixes iOS with a macOS name; give `--os {rest}` with `-d mac`"
            ));
        }
        let parts = if minor == 0 { 1 } else { 2 };
        return Ok((Version::new(major, minor, 0, parts), Some(NamedOs::Macos)));
    }
    if rest.is_empty() {
        return Err(format!(
            "`{text}` needs a version number, such as `{} 17`",
            text.trim()
        ));
    }
    let names = MACOS_NAMES.iter().map(|(n, ..)| *n);
    let hint = did_you_mean(&name, names)
        .map(|n| format!(" (did you mean `{n}`?)"))
        .unwrap_or_default();
    Err(format!(
        "`{text}` is not an OS version{hint}; write a version such as 17, 17.4, \"iOS 18.1\" or \"macOS 14\", or a macOS name such as sequoia"
    ))
}

/// The devices a version given without `--device` points at, when only one OS has it:
/// iOS 5 to 10.3 and 16 to 18 are iOS only, 10.4 to 10.15 macOS only. `None` when both
/// have it (14, 26), with the error that says how to choose.
fn devices_for((v, os): OsInput) -> Result<Vec<Device>, String> {
    let family = match os {
        Some(NamedOs::Ipados) => return Ok(vec![Device::Ipad]),
        Some(os) => os.family(),
        None => match (v.major(), v.minor()) {
            (0..=9, _) | (10, 0..=3) | (16..=18, _) => Family::Ios,
            (10, _) => Family::Macos,
            (19..=25, _) => {
                return Err(format!(
                    "there is no iOS {v} or macOS {v}: Apple went from iOS 18 and macOS 15 to 26"
                ))
            }
            _ => {
                return Err(format!(
                    "--os {v} could be iOS {v} or macOS {v}; say which device, such as `-d iphone -o {v}` or `-d mac -o {v}`"
                ))
            }
        },
    };
    if family == Family::Macos {
        return Ok(vec![Device::Mac]);
    }
    let ios = [Device::Iphone, Device::Ipad, Device::Ipod];
    let running: Vec<Device> = ios
        .into_iter()
        .filter(|d| d.supported().contains(v))
        .collect();
    // Too old for any of them: let the version check say why, for each.
    Ok(if running.is_empty() {
        ios.to_vec()
    } else {
        running
    })
}

/// Who is reading: the devices, and the version asked for or, without one, the versions a
/// text covers. Decides which words a text resolves to and whether a narrower text applies.
#[derive(Clone, Debug)]
pub struct Audience {
    pub devices: Devices,
    /// The exact version asked for, if any.
    pub os: Option<Version>,
    /// Without a version: the versions the text so far is for (a method's range, narrowed
    /// by a step's); `Range::ALL` at guide level.
    pub range: Range,
}

/// One method as it applies to some of the devices asked for.
#[derive(Debug)]
pub struct Section<'g> {
    pub method: &'g Method,
    pub audience: Audience,
}

impl std::ops::Deref for Section<'_> {
    type Target = Audience;
    fn deref(&self) -> &Audience {
        &self.audience
    }
}

/// A step, warning, note or answer that applies, with the audience its words resolve for
/// and, when it is for only part of what is shown around it, a label such as
/// "iPhone · iOS 26 and later".
pub struct Fit<'a, T> {
    pub item: &'a T,
    /// Borrowed from what it stands under when it names no devices or versions of its own,
    /// as most text does: deciding that costs no allocation.
    pub audience: Cow<'a, Audience>,
    pub label: Option<String>,
}

impl Audience {
    /// Every device, at every version: whom a text is for when no one was asked about.
    pub fn everyone() -> Audience {
        Audience {
            devices: Device::ALL[..].into(),
            os: None,
            range: Range::ALL,
        }
    }

    /// Everyone a whole answer is for: the devices of its sections (or those asked for).
    pub fn of_answer(query: &Query, sections: &[Section]) -> Audience {
        let mut devices: Devices = Device::ALL
            .into_iter()
            .filter(|d| sections.iter().any(|s| s.devices.contains(d)))
            .collect();
        if devices.is_empty() {
            devices = query.devices().into();
        }
        Audience {
            devices,
            os: query.os,
            range: Range::ALL,
        }
    }

    fn one_family(&self) -> Option<Family> {
        let family = self.devices[0].family();
        self.devices
            .iter()
            .all(|d| d.family() == family)
            .then_some(family)
    }

    /// "iOS 10.3–17", "macOS 13 and later", or the version asked for; `None` on the website.
    pub fn version_label(&self) -> Option<String> {
        let family = self.one_family()?;
        if family == Family::Web || self.os.is_none() && self.range == Range::ALL {
            return None;
        }
        Some(match self.os {
            Some(v) => {
                let mut s = String::new();
                push_named(&mut s, self.os_name(Some(v)), v);
                s
            }
            None => self.range_words(&self.shown_range()),
        })
    }

    /// The versions of this audience's range its devices can run: an iPod touch stops at
    /// iOS 15, so a method up to iOS 17 reads "iOS 6–15" for an iPod touch alone.
    fn shown_range(&self) -> Range {
        // The end of what the devices run; none when one of them runs on without end.
        let runs = self.devices.iter().try_fold(None, |last, d| {
            d.supported().before.map(|b| last.max(Some(b)))
        });
        let upto = Range {
            from: None,
            before: runs.flatten(),
        };
        self.range.intersect(&upto).unwrap_or(self.range)
    }

    /// A range in the OS names of these devices: "iPadOS 13–17", "OS X 10.8 to macOS 10.15".
    fn range_words(&self, range: &Range) -> String {
        let family = self.devices[0].family();
        let first = self.os_name(range.from);
        let last = range.before.map(|b| family.release_before(b));
        let last_name = self.os_name(last.or(range.from));
        match (range.from, last) {
            (Some(from), Some(last)) if first != last_name && from != last => {
                let mut s = String::with_capacity(32);
                push_named(&mut s, first, from);
                s.push_str(" to ");
                push_named(&mut s, last_name, last);
                s
            }
            (None, Some(_)) => range_label(last_name, family, range),
            _ => range_label(first, family, range),
        }
    }

    /// The OS name at version `at`: iPadOS on an iPad from 13, OS X on a Mac up to 10.11.
    /// iPadOS is named only for iPads alone: an iPod touch or an iPhone beside them runs iOS.
    pub fn os_name(&self, at: Option<Version>) -> &'static str {
        let named = self.devices.iter().find(|&&d| d != Device::Ipad);
        named.unwrap_or(&self.devices[0]).os_name(at)
    }

    pub fn device_names(&self) -> String {
        join_names(&self.devices, ", ")
    }

    /// The part of this audience that `item` is for, with a label when that is narrower
    /// than the audience; `None` when it is for none of it. The one rule of applicability.
    pub fn narrow(&self, item: &impl Scoped) -> Option<(Cow<'_, Audience>, Option<String>)> {
        let (devices, os) = (item.devices(), item.os());
        if devices.is_empty() && *os == Range::ALL {
            return Some((Cow::Borrowed(self), None));
        }
        let kept: Devices = self
            .devices
            .iter()
            .copied()
            .filter(|d| devices.is_empty() || devices.contains(d))
            .filter(|&d| {
                d.family() == Family::Web
                    || match self.os {
                        Some(v) => os.contains(v),
                        None => self
                            .range
                            .intersect(os)
                            .is_some_and(|r| r.overlaps(&d.supported())),
                    }
            })
            .collect();
        if kept.is_empty() {
            return None;
        }
        let range = match self.os {
            Some(_) => self.range,
            None => self.range.intersect(os).unwrap_or(self.range),
        };
        // "iPhone, iPad · iOS 26 and later": the devices when fewer, the versions when fewer.
        let mut label = String::new();
        if kept.len() < self.devices.len() {
            label = join_names(&kept, ", ");
        }
        let narrowed = Audience {
            devices: kept,
            os: self.os,
            range,
        };
        if self.os.is_none() && range != self.range && narrowed.one_family().is_some() {
            let supported = narrowed.devices[0].supported();
            let shown = range.intersect(&supported).unwrap_or(range);
            if !label.is_empty() {
                label.push_str(" · ");
            }
            label.push_str(&narrowed.range_words(&shown));
        }
        let label = (!label.is_empty()).then_some(label);
        Some((Cow::Owned(narrowed), label))
    }

    /// The items of `list` that apply, in order.
    pub fn fitting<'a, T: Scoped>(&'a self, list: &'a [T]) -> Vec<Fit<'a, T>> {
        list.iter()
            .filter_map(|item| {
                let (audience, label) = self.narrow(item)?;
                Some(Fit {
                    item,
                    audience,
                    label,
                })
            })
            .collect()
    }

    /// Replaces the terms in `text` (`{account}`, `{device}`, `{preferences}`,
    /// `{system-settings}`, `{cellular}`) with this audience's words.
    pub fn resolve<'t>(&self, text: &'t str) -> Cow<'t, str> {
        let Some(first) = crate::scan::find(b'{', text.as_bytes()) else {
            return Cow::Borrowed(text);
        };
        // One pass over the text: this runs on every line of every answer.
        let mut out = String::with_capacity(text.len() + 32);
        out.push_str(&text[..first]);
        let mut rest = &text[first..];
        while let Some(after_brace) = rest.strip_prefix('{') {
            let name = after_brace.find('}').map(|end| &after_brace[..end]);
            match name.and_then(|name| self.term_words(name)) {
                Some(words) => {
                    out.push_str(&words);
                    rest = &after_brace[name.map_or(0, str::len) + 1..];
                }
                None => {
                    out.push('{');
                    rest = after_brace;
                }
            }
            let next = crate::scan::find(b'{', rest.as_bytes()).unwrap_or(rest.len());
            out.push_str(&rest[..next]);
            rest = &rest[next..];
        }
        Cow::Owned(out)
    }

    /// The words for the term `{name}`, or `None` when there is no such term.
    fn term_words(&self, name: &str) -> Option<Cow<'static, str>> {
        match name {
            "device" => Some(Cow::Owned(join_names(&self.devices, "/"))),
            "cellular" => {
                let ipad = self.devices.contains(&Device::Ipad);
                let iphone = self.devices.contains(&Device::Iphone);
                Some(Cow::Borrowed(match (iphone, ipad) {
                    (false, true) => "Cellular Data",
                    (true, true) => "Cellular (Cellular Data on iPad)",
                    _ => "Cellular",
                }))
            }
            _ => TERMS.iter().find(|t| t.name == name).map(|t| self.term(t)),
        }
    }

    /// A term's words for this audience: the old or the new one by version, or both with
    /// the boundary when the versions shown straddle it.
    fn term(&self, term: &Term) -> Cow<'static, str> {
        // "iOS 18 and macOS 15": where the new word starts, in the families that straddle it.
        let mut old_at = String::new();
        let (mut any_old, mut any_new) = (false, false);
        for family in [Family::Ios, Family::Macos, Family::Web] {
            let Some(first) = self.devices.iter().find(|d| d.family() == family) else {
                continue;
            };
            let Some(&(_, boundary)) = term.boundaries.iter().find(|(f, _)| *f == family) else {
                if family == Family::Web && term.name == "account" {
                    any_new = true;
                }
                continue;
            };
            let boundary = Version::new(boundary.0, boundary.1, 0, 1);
            let (old, new) = match self.os {
                Some(v) => (v < boundary, v >= boundary),
                None => (
                    self.range.from.is_none_or(|f| f < boundary),
                    self.range.before.is_none_or(|b| b > boundary),
                ),
            };
            any_old |= old;
            any_new |= new;
            if old && new {
                if !old_at.is_empty() {
                    old_at.push_str(" and ");
                }
                push_named(&mut old_at, first.os_name(Some(boundary)), boundary);
            }
        }
        match (any_old, any_new) {
            (true, true) if !old_at.is_empty() => {
                let mut words = String::with_capacity(term.old.len() + term.new.len() + 48);
                for piece in [term.old, " (", term.new, " on ", &old_at, " and later)"] {
                    words.push_str(piece);
                }
                Cow::Owned(words)
            }
            (true, false) => Cow::Borrowed(term.old),
            _ => Cow::Borrowed(term.new),
        }
    }
}

/// A word that changed across versions, with the first version of each family that uses
/// the new word.
struct Term {
    name: &'static str,
    old: &'static str,
    new: &'static str,
    boundaries: &'static [(Family, (u32, u32))],
}

const TERMS: &[Term] = &[
    // "Apple ID" became "Apple Account" with iOS 18 and macOS 15 (V-iOS-3).
    Term {
        name: "account",
        old: "Apple ID",
        new: "Apple Account",
        boundaries: &[(Family::Ios, (18, 0)), (Family::Macos, (15, 0))],
    },
    // macOS 13 renamed "Preferences…" to "Settings…" (V-Mac-1).
    Term {
        name: "preferences",
        old: "Preferences",
        new: "Settings",
        boundaries: &[(Family::Macos, (13, 0))],
    },
    Term {
        name: "system-settings",
        old: "System Preferences",
        new: "System Settings",
        boundaries: &[(Family::Macos, (13, 0))],
    },
];

fn join_names(devices: &[Device], separator: &str) -> String {
    let mut out = String::with_capacity(48);
    for (i, d) in devices.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(d.name());
    }
    out
}

/// The methods of `guide` in `scope` (every scope when `None`) that fit `query`, in the
/// guide's order, each with the asked-for devices it applies to. The website works from
/// any device, so a query for other devices also gets the guide's website methods, after
/// the methods for the devices asked for.
pub fn select<'g>(guide: &'g Guide, query: &Query, scope: Option<Scope>) -> Vec<Section<'g>> {
    let mut sections: Vec<Section<'g>> = guide
        .methods
        .iter()
        .filter(|m| scope.is_none_or(|s| m.scope == s))
        .filter_map(|method| {
            let mut devices: Devices = query
                .devices()
                .iter()
                .copied()
                .filter(|&d| method.devices.contains(&d) && range_fits(&method.os, d, query.os))
                .collect();
            if devices.is_empty() && method.devices.contains(&Device::Web) {
                devices.push(Device::Web);
            }
            (!devices.is_empty()).then_some(Section {
                method,
                audience: Audience {
                    devices,
                    os: query.os,
                    range: method.os,
                },
            })
        })
        .collect();
    let fallback =
        |s: &Section| *s.devices == [Device::Web] && !query.devices().contains(&Device::Web);
    // A stable sort: the device's own methods keep their order, the website follows.
    sections.sort_by_key(fallback);
    sections
}

/// Whether text for the versions `range` answers a question about `device`: at the
/// version asked for, or at any version the device can run.
pub fn range_fits(range: &Range, device: Device, os: Option<Version>) -> bool {
    match os {
        Some(v) => range.contains(v),
        None => range.overlaps(&device.supported()),
    }
}

/// The union of version ranges a guide covers for each device, in `Device::ALL` order,
/// for `list`: one pass over the methods for all five.
pub fn coverage(guide: &Guide) -> [Option<Range>; Device::ALL.len()] {
    let mut covered = [None; Device::ALL.len()];
    for method in guide.methods.iter() {
        for &device in method.devices.iter() {
            let Some(r) = method.os.intersect(&device.supported()) else {
                continue;
            };
            let slot: &mut Option<Range> = &mut covered[device as usize];
            *slot = Some(match *slot {
                None => r,
                Some(c) => Range {
                    from: c.from.zip(r.from).map(|(a, b)| a.min(b)),
                    before: c.before.zip(r.before).map(|(a, b)| a.max(b)),
                },
            });
        }
    }
    covered
}

/// Why `guide` has nothing for a query with one device and a version outside what the
/// guide covers for it: "needs iOS 11.4 or later", "covers iOS 5–15".
pub fn outside_coverage(guide: &Guide, query: &Query) -> Option<String> {
    let (&[device], Some(os)) = (query.devices.as_slice(), query.os) else {
        return None;
    };
    let covered = coverage(guide)[device as usize]?;
    if covered.contains(os) {
        return None;
    }
    let audience = Audience {
        devices: Devices::from(&[device][..]),
        os: None,
        range: covered,
    };
    Some(match covered.from {
        Some(from) if os < from => format!(
            "{} needs {} {from} or later",
            guide.id,
            audience.os_name(Some(from))
        ),
        _ => format!("{} covers {}", guide.id, audience.range_words(&covered)),
    })
}

/// "iPhone · iOS 18 and later" for an FAQ answer or remark scoped to part of the devices
/// and versions, read against every device; `None` when it is for all of them.
pub fn scope_label(item: &impl Scoped) -> Option<String> {
    if item.devices().is_empty() && *item.os() == Range::ALL {
        return None;
    }
    Audience::everyone()
        .narrow(item)
        .and_then(|(_, label)| label)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (String, Option<NamedOs>) {
        let (version, os) = parse_os(text).unwrap();
        (version.to_string(), os)
    }

    #[test]
    fn names_and_prefixes() {
        assert_eq!(read("17.4"), ("17.4".into(), None));
        assert_eq!(read("Sequoia"), ("15".into(), Some(NamedOs::Macos)));
        assert_eq!(read("macOS Sequoia"), ("15".into(), Some(NamedOs::Macos)));
        assert_eq!(read("Mountain Lion"), ("10.8".into(), Some(NamedOs::Macos)));
        assert_eq!(read("high-sierra"), ("10.13".into(), Some(NamedOs::Macos)));
        assert_eq!(read("TAHOE"), ("26".into(), Some(NamedOs::Macos)));
        assert_eq!(read("iOS 18.1"), ("18.1".into(), Some(NamedOs::Ios)));
        assert_eq!(read("ios18"), ("18".into(), Some(NamedOs::Ios)));
        assert_eq!(read("macos-14"), ("14".into(), Some(NamedOs::Macos)));
        assert_eq!(read("iPadOS 17"), ("17".into(), Some(NamedOs::Ipados)));
        assert_eq!(read("macOS 14"), ("14".into(), Some(NamedOs::Macos)));
        assert_eq!(read("OS X 10.11"), ("10.11".into(), Some(NamedOs::Macos)));
        assert_eq!(read("Mac OS X 10.8"), ("10.8".into(), Some(NamedOs::Macos)));
        assert!(parse_os("sequia")
            .unwrap_err()
            .contains("(did you mean `sequoia`?)"));
        assert!(parse_os("iOS Sonoma").is_err());
        assert!(parse_os("macOS")
            .unwrap_err()
            .contains("needs a version number"));
        assert!(parse_os("").is_err());
        assert!(parse_os("iOS 17.").is_err());
    }

    #[test]
    fn a_version_alone_points_at_one_os_or_asks() {
        let devices = |text: &str| devices_for(parse_os(text).unwrap());
        assert_eq!(devices("17").unwrap(), [Device::Iphone, Device::Ipad]);
        assert_eq!(
            devices("9").unwrap(),
            [Device::Iphone, Device::Ipad, Device::Ipod]
        );
        assert_eq!(devices("10.14").unwrap(), [Device::Mac]);
        assert_eq!(devices("sequoia").unwrap(), [Device::Mac]);
        assert_eq!(devices("iPadOS 17").unwrap(), [Device::Ipad]);
        assert_eq!(devices("iOS 14").unwrap().len(), 3);
        let both = devices("14").unwrap_err();
        assert!(
            both.contains("`-d iphone -o 14` or `-d mac -o 14`"),
            "{both}"
        );
        assert!(devices("26").is_err());
        assert!(devices("20").unwrap_err().contains("no iOS 20 or macOS 20"));
    }
}
