//! The devices a guide can target, their OS families and the versions each can run.

use serde::{Deserialize, Serialize};

use crate::version::{Range, Version};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", expecting = "a device name")]
pub enum Device {
    Iphone,
    Ipad,
    Ipod,
    Mac,
    Web,
}

/// Some of the devices, in order, held inline: an audience is made for every step and
/// note of an answer, and a heap list for each cost more than deciding what applies.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Devices {
    len: u8,
    items: [Device; Device::ALL.len()],
}

impl Devices {
    pub const fn new() -> Devices {
        Devices {
            len: 0,
            items: Device::ALL,
        }
    }

    /// Adds `device` at the end; a list holds each device at most once, so it never fills.
    pub fn push(&mut self, device: Device) {
        if let Some(slot) = self.items.get_mut(usize::from(self.len)) {
            *slot = device;
            self.len += 1;
        }
    }
}

impl std::ops::Deref for Devices {
    type Target = [Device];
    fn deref(&self) -> &[Device] {
        &self.items[..usize::from(self.len)]
    }
}

impl FromIterator<Device> for Devices {
    fn from_iter<I: IntoIterator<Item = Device>>(iter: I) -> Devices {
        let mut devices = Devices::new();
        for d in iter {
            devices.push(d);
        }
        devices
    }
}

impl From<&[Device]> for Devices {
    fn from(devices: &[Device]) -> Devices {
        devices.iter().copied().collect()
    }
}

impl std::fmt::Debug for Devices {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Serialize for Devices {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).serialize(serializer)
    }
}

/// Which numbering an `--os` version is read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    Ios,
    Macos,
    /// The Apple Account website has no OS version.
    Web,
}

impl Device {
    pub const ALL: [Device; 5] = [
        Device::Iphone,
        Device::Ipad,
        Device::Ipod,
        Device::Mac,
        Device::Web,
    ];

    /// The name used on the command line and in JSON.
    pub fn id(self) -> &'static str {
        match self {
            Device::Iphone => "iphone",
            Device::Ipad => "ipad",
            Device::Ipod => "ipod",
            Device::Mac => "mac",
            Device::Web => "web",
        }
    }

    /// The name people read.
    pub fn name(self) -> &'static str {
        match self {
            Device::Iphone => "iPhone",
            Device::Ipad => "iPad",
            Device::Ipod => "iPod touch",
            Device::Mac => "Mac",
            Device::Web => "Apple Account website",
        }
    }

    pub fn family(self) -> Family {
        match self {
            Device::Iphone | Device::Ipad | Device::Ipod => Family::Ios,
            Device::Mac => Family::Macos,
            Device::Web => Family::Web,
        }
    }

    /// The OS name shown in version labels for versions from `from` on: iPads ran iOS
    /// until iPadOS 13.
    pub fn os_name(self, from: Option<Version>) -> &'static str {
        match self {
            Device::Ipad if from.is_some_and(|v| v.major() >= 13) => "iPadOS",
            // Apple named it OS X up to 10.11 El Capitan, macOS from 10.12 Sierra.
            Device::Mac if from.is_none_or(|v| v < Version::new(10, 12, 0, 2)) => "OS X",
            Device::Mac => "macOS",
            _ => "iOS",
        }
    }

    /// The versions on which the device has iMessage: iMessage arrived with iOS 5 and with
    /// Messages in OS X 10.8; the iPod touch stops at iOS 15 (V-iOS-5).
    pub fn supported(self) -> Range {
        match self {
            Device::Iphone | Device::Ipad => Range {
                from: Some(Version::new(5, 0, 0, 1)),
                before: None,
            },
            Device::Ipod => Range {
                from: Some(Version::new(5, 0, 0, 1)),
                before: Some(Version::new(16, 0, 0, 1)),
            },
            Device::Mac => Range {
                from: Some(Version::new(10, 8, 0, 2)),
                before: None,
            },
            Device::Web => Range::ALL,
        }
    }
}

impl Family {
    pub fn name(self) -> &'static str {
        match self {
            Family::Ios => "iOS",
            Family::Macos => "macOS",
            Family::Web => "the website",
        }
    }

    /// The newest release the guides were checked against; newer ones get its routes and a note.
    pub fn verified_up_to(self) -> Option<Version> {
        match self {
            Family::Ios | Family::Macos => Some(Version::new(26, 0, 0, 1)),
            Family::Web => None,
        }
    }

    /// Major versions Apple skipped when it moved to year-based numbers in 2025, as
    /// `(first skipped, last skipped, the release before, the release after)`.
    fn skipped_majors(self) -> Option<(u32, u32, u32, u32)> {
        match self {
            Family::Ios => Some((19, 25, 18, 26)),
            Family::Macos => Some((16, 25, 15, 26)),
            Family::Web => None,
        }
    }

    /// Explains why `v` is not a release of this family, if it is not.
    pub fn check_exists(self, v: Version) -> Result<(), String> {
        let name = self.name();
        if let Some((first, last, prev, next)) = self.skipped_majors() {
            if (first..=last).contains(&v.major()) {
                return Err(format!(
                    "{name} {v} does not exist: Apple went from {name} {prev} to {name} {next}"
                ));
            }
        }
        if self == Family::Macos && v.major() == 10 && v.minor() > 15 {
            return Err(format!(
                "macOS {v} is not a release name: after 10.15 came macOS 11; give 11 or later"
            ));
        }
        Ok(())
    }

    /// The last release before a major-only boundary, for labels such as "iOS 10.3–17".
    pub fn release_before(self, boundary: Version) -> Version {
        let major = boundary.major();
        let significant = boundary.significant_parts();
        if significant > 1 {
            // `17.2` → `17.1`; `10.13.5` → `10.13.4`: the last part is not zero.
            let mut parts = boundary.parts();
            parts[significant - 1] -= 1;
            return Version::new(parts[0], parts[1], parts[2], significant as u8);
        }
        if let Some((_, _, prev, _)) = self.skipped_majors().filter(|&(.., next)| next == major) {
            return Version::new(prev, 0, 0, 1);
        }
        if self == Family::Macos && major == 11 {
            return Version::new(10, 15, 0, 2);
        }
        Version::new(major.saturating_sub(1), 0, 0, 1)
    }
}

/// The words a range reads as, for example "iOS 10.3–17", "macOS 13 and later", "iOS 10.2 and earlier".
pub fn range_label(os_name: &str, family: Family, range: &Range) -> String {
    let mut out = String::with_capacity(24);
    push_range_label(&mut out, os_name, family, range);
    out
}

/// `range_label` onto `out`, without the formatting machinery: `list` writes one for
/// every device of every guide.
pub fn push_range_label(out: &mut String, os_name: &str, family: Family, range: &Range) {
    match (range.from, range.before) {
        (None, None) => {
            out.push_str("all ");
            out.push_str(os_name);
            out.push_str(" versions");
        }
        (Some(from), None) => {
            push_named(out, os_name, from);
            out.push_str(" and later");
        }
        (None, Some(before)) => {
            push_named(out, os_name, family.release_before(before));
            out.push_str(" and earlier");
        }
        (Some(from), Some(before)) => {
            let last = family.release_before(before);
            push_named(out, os_name, from);
            if last != from {
                out.push('–');
                last.push_to(out);
                // The rest of one release: "iOS 17.2–17.x", "macOS 10.13.5–10.13.x", not a
                // range that seems to run backwards.
                let k = last.significant_parts();
                if k < from.significant_parts() && last.parts()[..k] == from.parts()[..k] {
                    out.push_str(".x");
                }
            }
        }
    }
}

pub fn push_named(out: &mut String, os_name: &str, v: Version) {
    out.push_str(os_name);
    out.push(' ');
    v.push_to(out);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_is_in_declaration_order() {
        // `filter::coverage` indexes its table by `device as usize`.
        for (i, d) in Device::ALL.into_iter().enumerate() {
            assert_eq!(d as usize, i, "{d:?}");
        }
    }

    fn v(s: &str) -> Version {
        s.parse().unwrap()
    }

    #[test]
    fn release_before_knows_the_numbering_jumps() {
        assert_eq!(Family::Ios.release_before(v("18")).to_string(), "17");
        assert_eq!(Family::Ios.release_before(v("26")).to_string(), "18");
        assert_eq!(Family::Ios.release_before(v("10.3")).to_string(), "10.2");
        assert_eq!(Family::Ios.release_before(v("17.2")).to_string(), "17.1");
        assert_eq!(Family::Macos.release_before(v("11")).to_string(), "10.15");
        assert_eq!(Family::Macos.release_before(v("26")).to_string(), "15");
        assert_eq!(Family::Macos.release_before(v("13")).to_string(), "12");
        assert_eq!(
            Family::Macos.release_before(v("10.13.5")).to_string(),
            "10.13.4"
        );
    }

    #[test]
    fn labels() {
        let r = |f: Option<&str>, b: Option<&str>| Range {
            from: f.map(v),
            before: b.map(v),
        };
        assert_eq!(
            range_label("iOS", Family::Ios, &r(Some("10.3"), Some("18"))),
            "iOS 10.3–17"
        );
        assert_eq!(
            range_label("iOS", Family::Ios, &r(None, Some("10.3"))),
            "iOS 10.2 and earlier"
        );
        assert_eq!(
            range_label("macOS", Family::Macos, &r(Some("13"), None)),
            "macOS 13 and later"
        );
        assert_eq!(
            range_label("macOS", Family::Macos, &r(Some("10.8"), Some("11"))),
            "macOS 10.8–10.15"
        );
        assert_eq!(
            range_label("iOS", Family::Ios, &r(Some("17"), Some("17.2"))),
            "iOS 17–17.1"
        );
        assert_eq!(
            range_label("iOS", Family::Ios, &r(Some("17"), Some("18"))),
            "iOS 17"
        );
        assert_eq!(
            range_label("iOS", Family::Ios, &r(Some("17.2"), Some("18"))),
            "iOS 17.2–17.x"
        );
        assert_eq!(
            range_label("macOS", Family::Macos, &r(Some("10.13.5"), Some("10.14"))),
            "macOS 10.13.5–10.13.x"
        );
    }

    #[test]
    fn skipped_and_impossible_versions() {
        assert!(Family::Ios.check_exists(v("19")).is_err());
        assert!(Family::Ios.check_exists(v("25.1")).is_err());
        assert!(Family::Ios.check_exists(v("18.7")).is_ok());
        assert!(Family::Ios.check_exists(v("26.1")).is_ok());
        assert!(Family::Macos.check_exists(v("16")).is_err());
        assert!(Family::Macos.check_exists(v("10.16")).is_err());
        assert!(Family::Macos.check_exists(v("10.15.7")).is_ok());
    }

    #[test]
    fn supported_ranges() {
        assert!(!Device::Iphone.supported().contains(v("3")));
        assert!(Device::Iphone.supported().contains(v("5")));
        assert!(Device::Ipod.supported().contains(v("15.8")));
        assert!(!Device::Ipod.supported().contains(v("16")));
        assert!(!Device::Mac.supported().contains(v("10.7")));
        assert!(Device::Mac.supported().contains(v("10.8")));
    }
}
