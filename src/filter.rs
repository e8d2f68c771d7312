//! Picks the methods of a guide that fit the devices and OS version asked for, and resolves
//! the words that changed across versions.

use std::borrow::Cow;

use crate::device::{range_label, Device, Family};
use crate::guide::{Guide, Method, Scope};
use crate::version::{Range, Version};

/// What the user asked for, checked: devices in canonical order, at most one OS family when
/// a version is given.
#[derive(Clone, Debug, Default)]
pub struct Query {
    /// Empty means every device.
    pub devices: Vec<Device>,
    pub os: Option<Version>,
}

impl Query {
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

    /// Set when the version is newer than the newest release the guides were checked on.
    pub fn beyond_verified(&self) -> Option<(Family, Version)> {
        let family = self.family()?;
        let newest = family.verified_up_to()?;
        (self.os?.major() > newest.major()).then_some((family, newest))
    }
}

/// One method as it applies to some of the devices asked for.
#[derive(Debug)]
pub struct Section<'g> {
    pub method: &'g Method,
    pub devices: Vec<Device>,
    /// The exact version asked for, if any; otherwise the words cover the method's range.
    pub os: Option<Version>,
}

impl<'g> Section<'g> {
    pub fn family(&self) -> Family {
        self.devices[0].family()
    }

    /// Whether `version_label` has anything to say.
    pub fn has_versions(&self) -> bool {
        let family = self.family();
        let one_family = self.devices.iter().all(|d| d.family() == family);
        family != Family::Web && one_family && (self.os.is_some() || self.method.os != Range::ALL)
    }

    /// "iOS 10.3–17", "macOS 13 and later", or the version asked for; `None` on the website.
    pub fn version_label(&self) -> Option<String> {
        if !self.has_versions() {
            return None;
        }
        let family = self.family();
        let os_name = self.os_name();
        Some(match self.os {
            Some(v) => format!("{os_name} {v}"),
            None => range_label(os_name, family, &self.method.os),
        })
    }

    pub fn os_name(&self) -> &'static str {
        let from = self.os.or(self.method.os.from);
        if self.devices.iter().all(|&d| d == Device::Ipad) {
            Device::Ipad.os_name(from)
        } else {
            self.devices[0].os_name(from)
        }
    }

    pub fn device_names(&self) -> String {
        join_names(&self.devices, ", ")
    }

    /// Replaces `{account}` and `{device}` with the words of this section's devices and versions.
    pub fn resolve<'t>(&self, text: &'t str) -> Cow<'t, str> {
        if !text.contains('{') {
            return Cow::Borrowed(text);
        }
        let mut out = text.to_owned();
        if out.contains("{account}") {
            out = out.replace("{account}", &self.account_name());
        }
        if out.contains("{device}") {
            out = out.replace("{device}", &join_names(&self.devices, "/"));
        }
        Cow::Owned(out)
    }

    /// "Apple ID" became "Apple Account" with iOS 18 and macOS 15 (V-iOS-3).
    fn account_name(&self) -> Cow<'static, str> {
        const OLD: &str = "Apple ID";
        const NEW: &str = "Apple Account";
        let family = self.family();
        let boundary = match family {
            Family::Ios => Version::new(18, 0, 0, 1),
            Family::Macos => Version::new(15, 0, 0, 1),
            Family::Web => return Cow::Borrowed(NEW),
        };
        if let Some(v) = self.os {
            return Cow::Borrowed(if v < boundary { OLD } else { NEW });
        }
        let range = self.method.os;
        if range.before.is_some_and(|b| b <= boundary) {
            Cow::Borrowed(OLD)
        } else if range.from.is_some_and(|f| f >= boundary) {
            Cow::Borrowed(NEW)
        } else {
            let os_name = self.os_name();
            Cow::Owned(format!("{OLD} ({NEW} on {os_name} {boundary} and later)"))
        }
    }
}

fn join_names(devices: &[Device], separator: &str) -> String {
    let mut out = String::new();
    for (i, d) in devices.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(d.name());
    }
    out
}

/// The methods of `guide` in `scope` (every scope when `None`) that fit `query`, in the
/// guide's order, each with the asked-for devices it applies to.
pub fn select<'g>(guide: &'g Guide, query: &Query, scope: Option<Scope>) -> Vec<Section<'g>> {
    guide
        .methods
        .iter()
        .filter(|m| scope.is_none_or(|s| m.scope == s))
        .filter_map(|method| {
            let devices: Vec<Device> = query
                .devices()
                .iter()
                .copied()
                .filter(|&d| method.devices.contains(&d) && fits(method, d, query.os))
                .collect();
            (!devices.is_empty()).then_some(Section {
                method,
                devices,
                os: query.os,
            })
        })
        .collect()
}

fn fits(method: &Method, device: Device, os: Option<Version>) -> bool {
    range_fits(&method.os, device, os)
}

/// Whether text for the versions `range` answers a question about `device`: at the
/// version asked for, or at any version the device can run.
pub fn range_fits(range: &Range, device: Device, os: Option<Version>) -> bool {
    match os {
        Some(v) => range.contains(v),
        None => range.overlaps(&device.supported()),
    }
}

/// The union of version ranges a guide covers for a device, for `list`.
pub fn coverage(guide: &Guide, device: Device) -> Option<Range> {
    let mut covered: Option<Range> = None;
    for method in guide.methods.iter().filter(|m| m.devices.contains(&device)) {
        let Some(r) = method.os.intersect(&device.supported()) else {
            continue;
        };
        covered = Some(match covered {
            None => r,
            Some(c) => Range {
                from: c.from.zip(r.from).map(|(a, b)| a.min(b)),
                before: c.before.zip(r.before).map(|(a, b)| a.max(b)),
            },
        });
    }
    covered
}
