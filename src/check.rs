//! The checks a guide must pass beyond its schema: id formats, empty texts, known sources,
//! scopes that narrow what they stand under, and methods whose version ranges overlap.
//! The same checks run on the built-in guides when `build.rs` bakes them and on custom
//! guides when they are read or validated.

use std::cmp::Reverse;
use std::collections::BTreeMap;
use std::fmt;

use crate::device::{Device, Family};
use crate::locate::Key;
use crate::model::{Guide, Method, Remark, Scope, Scoped, Step, Text};
use crate::version::{Range, Version};

/// Known fact ids, sorted so a lookup is a binary search.
pub type FactIds<'a> = &'a [&'a str];

/// A problem in a parsed guide, as a path into its JSON: `check_guide` knows the model but
/// not the text, so `check_text` turns `at` into a line and column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub at: Vec<Key<'static>>,
    pub message: String,
}

impl fmt::Display for Finding {
    /// `methods[1].os: message`, for tests of guides that have no text at hand.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (n, key) in self.at.iter().enumerate() {
            match key {
                Key::Field(name) if n == 0 => f.write_str(name)?,
                Key::Field(name) => write!(f, ".{name}")?,
                Key::Index(i) => write!(f, "[{i}]")?,
            }
        }
        if self.at.is_empty() {
            f.write_str("(guide)")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// The checks the schema cannot express, or that serde does not make: id formats,
/// empty texts and lists, known sources, and methods whose version ranges overlap, which
/// would show two answers for one device and version.
///
/// Gaps in version coverage are allowed, as a company guide may cover one device or
/// release only; the built-in guides are held to gap-free coverage by their own test.
pub fn check_guide(guide: &Guide, facts: FactIds<'_>) -> Vec<Finding> {
    let mut c = Checker {
        facts,
        found: Vec::new(),
        here: Vec::new(),
    };
    c.guide(guide);
    c.found
}

/// Whether `id` is lowercase letters and digits joined by single hyphens
/// (`^[a-z0-9]+(-[a-z0-9]+)*$`), the id pattern of `schema/guide.schema.json`.
pub fn is_id(id: &str) -> bool {
    let word = |b: &u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    let bytes = id.as_bytes();
    bytes.first().is_some_and(word)
        && bytes.last().is_some_and(word)
        && bytes
            .windows(2)
            .all(|w| word(&w[1]) || (w[1] == b'-' && word(&w[0])))
}

/// Whether `id` is one of `facts`: a binary search comparing bytes in place, as these ids
/// are a few bytes long and a call to `memcmp` for each would cost more than the compare.
fn is_fact(facts: FactIds<'_>, id: &str) -> bool {
    let id = id.as_bytes();
    facts
        .binary_search_by(|fact| {
            let fact = fact.as_bytes();
            let common = fact.iter().zip(id).find(|(a, b)| a != b);
            common.map_or(fact.len().cmp(&id.len()), |(a, b)| a.cmp(b))
        })
        .is_ok()
}

/// Text from a guide quoted in a message, with control and invisible characters shown as
/// escapes so the message stays one readable line.
pub fn quote(text: &str) -> String {
    crate::sanitize::visible(text).into_owned()
}

/// A range in the words of the `os` fields, such as "iOS 17.2 up to (not including) 18":
/// the labels shown to users round `before` down to a release, which can read oddly for
/// the slivers an overlap leaves.
fn span(os_name: &str, range: &Range) -> String {
    match (range.from, range.before) {
        (None, None) => format!("all {os_name} versions"),
        (Some(from), None) => format!("{os_name} {from} and later"),
        (None, Some(before)) => format!("{os_name} versions before {before}"),
        (Some(from), Some(before)) => {
            format!("{os_name} {from} up to (not including) {before}")
        }
    }
}

struct Checker<'f> {
    facts: FactIds<'f>,
    found: Vec<Finding>,
    /// Where the checks are in the guide; a finding's path is built from it only when
    /// there is a finding, so a clean guide is checked without allocating paths.
    here: Vec<Key<'static>>,
}

impl Checker<'_> {
    /// A finding at `rest` below the current place.
    fn report(&mut self, rest: &[Key<'static>], message: String) {
        let at = self.here.iter().chain(rest).copied().collect();
        self.found.push(Finding { at, message });
    }

    /// Runs `check` with `keys` added to the current place.
    fn inside<R>(&mut self, keys: &[Key<'static>], check: impl FnOnce(&mut Self) -> R) -> R {
        self.here.extend_from_slice(keys);
        let result = check(self);
        self.here.truncate(self.here.len() - keys.len());
        result
    }

    fn id(&mut self, at: &[Key<'static>], what: &str, id: &str) {
        if !is_id(id) {
            self.report(
                at,
                format!(
                    "{what} `{}` must be lowercase letters and digits joined by single hyphens, like `mdm-reset`",
                    quote(id)
                ),
            );
        }
    }

    /// `what` names the text for the message, such as "`title` is" or "a `path` element is".
    fn text(&mut self, at: &[Key<'static>], what: &str, text: &str) {
        if text.chars().all(char::is_whitespace) {
            self.report(at, format!("{what} empty"));
        }
    }

    /// Each element of the list at `field`, as `text` checks one.
    fn texts(&mut self, field: &'static str, what: &str, texts: &[Text]) {
        for (i, t) in texts.iter().enumerate() {
            self.text(&[Key::Field(field), Key::Index(i)], what, t);
        }
    }

    /// The list at `field` must have an element; `needs` says which.
    fn not_empty<T>(&mut self, field: &'static str, list: &[T], needs: &str) {
        if list.is_empty() {
            self.report(&[Key::Field(field)], format!("`{field}` is empty; {needs}"));
        }
    }

    fn sources(&mut self, sources: &[Text]) {
        let needs = "name the facts this text rests on (`imsg-guide sources` lists them)";
        self.not_empty("sources", sources, needs);
        for (i, id) in sources.iter().enumerate() {
            if !is_fact(self.facts, id) {
                self.report(
                    &[Key::Field("sources"), Key::Index(i)],
                    format!(
                        "unknown source `{}`; sources must be fact ids that `imsg-guide sources` lists",
                        quote(id)
                    ),
                );
            }
        }
    }

    fn remarks(&mut self, field: &'static str, remarks: &[Remark], parent: (&[Device], &Range)) {
        for (i, r) in remarks.iter().enumerate() {
            self.inside(&[Key::Field(field), Key::Index(i)], |c| {
                c.text(&[Key::Field("text")], "`text` is", &r.text);
                c.scope(r, parent);
                c.sources(&r.sources);
            });
        }
    }

    /// A step's or remark's `devices` and `os` narrow what it stands under (`parent`: its
    /// devices, empty at guide level, and its versions); one that cannot overlap it would
    /// never be printed. Returns the narrowed devices and range, for what stands under it.
    fn scope<'a>(
        &mut self,
        item: &'a impl Scoped,
        (parent_devices, parent_os): (&'a [Device], &Range),
    ) -> (&'a [Device], Range) {
        let devices = item.devices();
        self.devices(devices, parent_devices);
        let kept = if devices.is_empty() {
            parent_devices
        } else {
            devices
        };
        let os = *item.os();
        if os == Range::ALL {
            return (kept, *parent_os);
        }
        let at = [Key::Field("os")];
        let family = kept.first().map(|d| d.family());
        let Some(family) =
            family.filter(|f| *f != Family::Web && kept.iter().all(|d| d.family() == *f))
        else {
            self.report(
                &at,
                "`os` needs `devices` of one OS family (iphone, ipad and ipod, or mac) to say which versions it means".to_owned(),
            );
            return (kept, *parent_os);
        };
        match os.intersect(parent_os) {
            Some(range) if kept.iter().any(|d| range.overlaps(&d.supported())) => (kept, range),
            _ => {
                self.report(
                    &at,
                    format!(
                        "`os` {} does not overlap the versions this stands under ({}), so it would never be printed",
                        span(family.name(), &os),
                        span(family.name(), parent_os)
                    ),
                );
                (kept, *parent_os)
            }
        }
    }

    fn guide(&mut self, g: &Guide) {
        self.id(&[Key::Field("id")], "guide id", &g.id);
        if let Some(job) = g.command.filter(|job| job.name() != g.id) {
            self.report(
                &[Key::Field("command")],
                format!(
                    "`command` `{job}` belongs to the guide with id `{job}`; use that id to replace it"
                ),
            );
        }
        self.text(&[Key::Field("title")], "`title` is", &g.title);
        self.text(&[Key::Field("summary")], "`summary` is", &g.summary);
        self.texts("keywords", "a `keywords` entry is", &g.keywords);
        self.remarks("warnings", &g.warnings, (&[], &Range::ALL));
        self.remarks("notes", &g.notes, (&[], &Range::ALL));
        for (i, id) in g.related.iter().enumerate() {
            self.id(&[Key::Field("related"), Key::Index(i)], "related id", id);
        }
        self.not_empty("methods", &g.methods, "a guide needs at least one method");
        // Method id → the first method with it.
        let mut ids: BTreeMap<&str, usize> = BTreeMap::new();
        for (i, m) in g.methods.iter().enumerate() {
            let first = *ids.entry(&m.id).or_insert(i);
            self.inside(&[Key::Field("methods"), Key::Index(i)], |c| {
                c.method(m, (first < i).then_some(first));
            });
        }
        self.overlaps(g);
    }

    /// `same_id`: an earlier method with the same id.
    fn method(&mut self, m: &Method, same_id: Option<usize>) {
        self.id(&[Key::Field("id")], "method id", &m.id);
        if let Some(first) = same_id {
            self.report(
                &[Key::Field("id")],
                format!(
                    "duplicate method id `{}`; method {} has it too",
                    quote(&m.id),
                    first + 1
                ),
            );
        }
        self.text(&[Key::Field("title")], "`title` is", &m.title);
        if !m.approach.is_empty() {
            self.id(&[Key::Field("approach")], "approach", &m.approach);
        }
        let needs = "name at least one of iphone, ipad, ipod, mac, web";
        self.not_empty("devices", &m.devices, needs);
        self.devices(&m.devices, &[]);
        if m.devices.contains(&Device::Web) && m.os != Range::ALL {
            self.report(
                &[Key::Field("os")],
                "`os` does not apply to `web`, which has no OS version; give the website a method of its own without `os`".to_owned(),
            );
        }
        if let Some(note) = &m.since_note {
            self.text(&[Key::Field("since_note")], "`since_note` is", note);
        }
        let method_scope = (&m.devices[..], &m.os);
        self.remarks("warnings", &m.warnings, method_scope);
        self.remarks("notes", &m.notes, method_scope);
        self.not_empty("steps", &m.steps, "a method needs at least one step");
        for (k, s) in m.steps.iter().enumerate() {
            self.inside(&[Key::Field("steps"), Key::Index(k)], |c| {
                c.step(s, method_scope);
            });
        }
    }

    fn step(&mut self, s: &Step, method_scope: (&[Device], &Range)) {
        self.text(&[Key::Field("text")], "`text` is", &s.text);
        self.texts("path", "a `path` element is", &s.path);
        if let Some(check) = &s.check {
            self.inside(&[Key::Field("check")], |c| {
                c.text(&[Key::Field("ask")], "`ask` is", &check.ask);
                c.texts(
                    "path",
                    "a `path` element is",
                    check.path.as_deref().unwrap_or(&[]),
                );
            });
        }
        let (devices, os) = self.scope(s, method_scope);
        self.remarks("warnings", &s.warnings, (devices, &os));
        self.remarks("notes", &s.notes, (devices, &os));
        self.sources(&s.sources);
    }

    /// Devices listed twice, and devices outside `parent_devices` (what a step or remark
    /// stands under; empty for a method, which stands under every device).
    fn devices(&mut self, devices: &[Device], parent_devices: &[Device]) {
        // Sets of devices as tables, indexed by `Device as usize`, so a list of thousands
        // is read once.
        let mut parent = [false; Device::ALL.len()];
        for &d in parent_devices {
            parent[d as usize] = true;
        }
        let mut seen = [false; Device::ALL.len()];
        for (j, &d) in devices.iter().enumerate() {
            let at = [Key::Field("devices"), Key::Index(j)];
            if std::mem::replace(&mut seen[d as usize], true) {
                self.report(&at, format!("device `{}` is listed twice", d.id()));
            } else if !parent_devices.is_empty() && !parent[d as usize] {
                let names: Vec<&str> = Device::ALL
                    .into_iter()
                    .filter(|&p| parent[p as usize])
                    .map(Device::id)
                    .collect();
                self.report(
                    &at,
                    format!(
                        "device `{}` is not among the devices this stands under ({}); `devices` can only narrow them",
                        d.id(),
                        names.join(", ")
                    ),
                );
            }
        }
    }

    /// Methods of one scope and approach are versions of one route: for each device, at most
    /// one may apply to a version. A method whose range meets an earlier one's is reported
    /// once, at its `os`, naming one earlier method it overlaps on each device.
    ///
    /// Near-linear in the number of methods, as a guide can have thousands of them.
    fn overlaps(&mut self, g: &Guide) {
        // A guide of a few methods is looked at pair by pair first: most overlap nowhere,
        // and then the tables below are not built.
        let ms = &g.methods;
        let may_overlap = |(j, b): (usize, &Method)| {
            ms[..j].iter().any(|a| {
                a.scope == b.scope
                    && a.approach == b.approach
                    && a.os.overlaps(&b.os)
                    && a.devices.iter().any(|d| b.devices.contains(d))
            })
        };
        if ms.len() <= 16 && !ms.iter().enumerate().any(may_overlap) {
            return;
        }
        // (all devices?, approach, device) → (method index, range on that device), in
        // method order.
        type Groups<'g> = BTreeMap<(bool, &'g str, Device), Vec<(usize, Range)>>;
        let mut groups: Groups = BTreeMap::new();
        for (i, m) in g.methods.iter().enumerate() {
            for d in Device::ALL.into_iter().filter(|d| m.devices.contains(d)) {
                if let Some(range) = m.os.intersect(&d.supported()) {
                    groups
                        .entry((m.scope == Scope::AllDevices, &m.approach, d))
                        .or_default()
                        .push((i, range));
                }
            }
        }
        // Method → earlier method → the devices they share a version on, the first of
        // them, and the range they share there.
        type Clashes = BTreeMap<usize, BTreeMap<usize, (Vec<Device>, Device, Range)>>;
        let mut clashes: Clashes = BTreeMap::new();
        for (&(_, _, d), ranges) in &groups {
            let plain: Vec<Range> = ranges.iter().map(|&(_, r)| r).collect();
            for (k, earlier) in earlier_overlaps(&plain).into_iter().enumerate() {
                let Some(e) = earlier else { continue };
                let ((i, range), (j, other)) = (ranges[k], ranges[e]);
                let Some(shared) = range.intersect(&other) else {
                    continue;
                };
                clashes
                    .entry(i)
                    .or_default()
                    .entry(j)
                    .or_insert_with(|| (Vec::new(), d, shared))
                    .0
                    .push(d);
            }
        }
        for (i, earlier) in clashes {
            for (j, (devices, first, shared)) in earlier {
                let names: Vec<&str> = devices.into_iter().map(Device::id).collect();
                let versions = match first.family() {
                    Family::Web => String::new(),
                    _ => format!(" for {}", span(first.os_name(shared.from), &shared)),
                };
                self.report(
                    &[Key::Field("methods"), Key::Index(i), Key::Field("os")],
                    format!(
                        "`os` overlaps method `{}` on {}{versions}; methods with the same approach and scope need ranges that do not overlap",
                        quote(&g.methods[j].id),
                        names.join(", ")
                    ),
                );
            }
        }
    }
}

/// For each range, an earlier one it overlaps, if any: of those, the one that reaches
/// furthest (the first of them on a tie). A Fenwick tree over the ranges' starts keeps,
/// for each prefix of starts, the furthest end among the ranges seen so far, so each
/// range costs O(log n) rather than a look at every earlier one.
fn earlier_overlaps(ranges: &[Range]) -> Vec<Option<usize>> {
    // `None` as a start is before every version, and as an end after every version.
    type End = (bool, Option<Version>);
    let mut starts: Vec<Option<Version>> = ranges.iter().map(|r| r.from).collect();
    starts.sort();
    starts.dedup();
    // tree[p - 1] covers a run of starts ending at p; it holds the furthest end there,
    // and the range with it.
    let mut tree: Vec<Option<(End, Reverse<usize>)>> = vec![None; starts.len()];
    let mut out = Vec::with_capacity(ranges.len());
    for (k, r) in ranges.iter().enumerate() {
        // Earlier ranges that start before this one ends: the first `p` starts.
        let mut p = r
            .before
            .map_or(starts.len(), |b| starts.partition_point(|&s| s < Some(b)));
        let mut best: Option<(End, Reverse<usize>)> = None;
        while p > 0 {
            best = best.max(tree[p - 1]);
            p &= p - 1;
        }
        // …and that end after it starts.
        let reaches = |(e, _): &(End, Reverse<usize>)| r.from.is_none_or(|f| e.0 || e.1 > Some(f));
        out.push(best.filter(reaches).map(|(_, Reverse(j))| j));
        let mut p = starts.partition_point(|&s| s < r.from) + 1;
        while p <= starts.len() {
            tree[p - 1] = tree[p - 1].max(Some(((r.before.is_none(), r.before), Reverse(k))));
            p += p & p.wrapping_neg();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(from: Option<u16>, before: Option<u16>) -> Range {
        let v = |n: u16| n.to_string().parse::<Version>().unwrap();
        Range {
            from: from.map(v),
            before: before.map(v),
        }
    }

    proptest::proptest! {
        /// The tree finds an earlier overlapping range exactly when a look at every earlier
        /// range does, and the one it names does overlap.
        #[test]
        fn earlier_overlaps_agrees_with_looking_at_every_pair(
            bounds in proptest::collection::vec((proptest::option::of(1u16..30), proptest::option::of(1u16..30)), 0..40)
        ) {
            let ranges: Vec<Range> = bounds
                .into_iter()
                .filter_map(|(a, b)| match (a, b) {
                    (Some(a), Some(b)) if a >= b => None,
                    _ => Some(range(a, b)),
                })
                .collect();
            let found = earlier_overlaps(&ranges);
            for (k, r) in ranges.iter().enumerate() {
                let any = ranges[..k].iter().any(|o| o.overlaps(r));
                proptest::prop_assert_eq!(found[k].is_some(), any, "{:?}", ranges);
                if let Some(j) = found[k] {
                    proptest::prop_assert!(j < k && ranges[j].overlaps(r));
                }
            }
        }
    }

    #[test]
    fn findings_name_their_json_path() {
        let f = Finding {
            at: vec![Key::Field("methods"), Key::Index(1), Key::Field("os")],
            message: "m".to_owned(),
        };
        assert_eq!(f.to_string(), "methods[1].os: m");
    }
}
