//! OS versions as users type them (`17`, `17.4`, `10.14.6`) and the half-open ranges guides use.

use std::cmp::Ordering;
use std::fmt;
use std::num::NonZeroU64;
use std::str::FromStr;

/// A version of one to three numeric parts. Missing parts compare as zero, so `17` equals `17.0`.
///
/// The parts are packed into one number that orders as the versions do: twenty bits for
/// each part, major first, then two bits for how many were written. Comparing and
/// intersecting ranges, which every step and note of an answer goes through, is then a
/// compare of two numbers, and an absent version takes no more room than one.
#[derive(Clone, Copy)]
pub struct Version(NonZeroU64);

/// The largest part a version may have: twenty bits.
pub const MAX_PART: u32 = (1 << PART_BITS) - 1;
const PART_BITS: u32 = 20;
const LEN_BITS: u32 = 2;

/// "0" to "99", one after another: the text of every version of one part below 100.
const SMALL: &str = "0123456789\
    10111213141516171819202122232425262728293031323334353637383940414243444546474849\
    50515253545556575859606162636465666768697071727374757677787980818283848586878889\
    90919293949596979899";

impl Version {
    /// `len` is how many parts were written (1 to 3). Parts above `MAX_PART` are cut to it
    /// (`FromStr` rejects them; the built-in data has none).
    pub const fn new(major: u32, minor: u32, patch: u32, len: u8) -> Version {
        const fn part(p: u32) -> u64 {
            (if p > MAX_PART { MAX_PART } else { p }) as u64
        }
        let len = match len {
            0 => 1,
            1..=3 => len,
            _ => 3,
        };
        let key = part(major) << (2 * PART_BITS + LEN_BITS)
            | part(minor) << (PART_BITS + LEN_BITS)
            | part(patch) << LEN_BITS
            | len as u64;
        match NonZeroU64::new(key) {
            Some(key) => Version(key),
            // `len` is at least one.
            None => panic!("a version packs to zero"),
        }
    }

    /// The parts, without how many were written: what orders and equates versions.
    const fn rank(self) -> u64 {
        self.0.get() >> LEN_BITS
    }

    /// How many parts were written: `17` → 1, `17.0` → 2.
    pub const fn given_parts(self) -> u8 {
        (self.0.get() & ((1 << LEN_BITS) - 1)) as u8
    }

    pub fn major(self) -> u32 {
        self.parts()[0]
    }

    pub fn minor(self) -> u32 {
        self.parts()[1]
    }

    pub fn parts(self) -> [u32; 3] {
        let rank = self.rank();
        let part = |shift: u32| ((rank >> shift) & u64::from(MAX_PART)) as u32;
        [part(2 * PART_BITS), part(PART_BITS), part(0)]
    }

    /// How many parts matter once trailing zeros are dropped: `17.0` → 1, `10.13.5` → 3.
    pub fn significant_parts(self) -> usize {
        // The parts below the major are the low bits of `rank`, the patch lowest.
        match self.rank() {
            rank if rank & u64::from(MAX_PART) != 0 => 3,
            rank if rank >> PART_BITS & u64::from(MAX_PART) != 0 => 2,
            _ => 1,
        }
    }

    /// The version as text, written into `buf`: as many parts as were given, dropping
    /// trailing zeros past the first. Without `fmt`, as JSON and labels print hundreds.
    pub fn as_str<'b>(&self, buf: &'b mut [u8; 32]) -> &'b str {
        let len = usize::from(self.given_parts()).min(self.significant_parts());
        // Most versions are one number below 100 ("17.0" prints as "17").
        let major = self.major() as usize;
        if len == 1 && major < 100 {
            return match major {
                0..=9 => &SMALL[major..major + 1],
                _ => &SMALL[2 * major - 10..2 * major - 8],
            };
        }
        let mut at = 0;
        for (i, &part) in self.parts()[..len].iter().enumerate() {
            if i > 0 {
                buf[at] = b'.';
                at += 1;
            }
            // At most 7 digits a part, 3 parts and 2 dots: 23 bytes.
            let mut digits = [0u8; 7];
            let mut count = 0;
            let mut n = part;
            loop {
                digits[count] = b'0' + (n % 10) as u8;
                count += 1;
                n /= 10;
                if n == 0 {
                    break;
                }
            }
            for &d in digits[..count].iter().rev() {
                buf[at] = d;
                at += 1;
            }
        }
        // Only ASCII digits and dots were written.
        std::str::from_utf8(&buf[..at]).unwrap_or_default()
    }

    /// Appends the version as `Display` writes it.
    pub fn push_to(self, out: &mut String) {
        out.push_str(self.as_str(&mut [0; 32]));
    }
}

impl PartialEq for Version {
    fn eq(&self, other: &Version) -> bool {
        self.rank() == other.rank()
    }
}

impl Eq for Version {}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Version) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Version) -> Ordering {
        self.rank().cmp(&other.rank())
    }
}

impl fmt::Debug for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Version({self}, {} parts)", self.given_parts())
    }
}

impl fmt::Display for Version {
    /// Prints as many parts as were given, dropping trailing zeros past the first.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str(&mut [0; 32]))
    }
}

/// Why a string is not a version; the message says how to write one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VersionError {
    Empty,
    NotNumeric(String),
    TooManyParts(String),
    TooLarge(String),
}

impl fmt::Display for VersionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const HOW: &str = "write one to three numbers joined by dots, like 17, 17.4 or 10.14.6";
        match self {
            VersionError::Empty => write!(f, "the OS version is empty; {HOW}"),
            VersionError::NotNumeric(s) => write!(f, "`{s}` is not an OS version; {HOW}"),
            VersionError::TooManyParts(s) => {
                write!(f, "`{s}` has more than three parts; {HOW}")
            }
            VersionError::TooLarge(s) => {
                write!(f, "`{s}` is too large to be an OS version; {HOW}")
            }
        }
    }
}

impl std::error::Error for VersionError {}

impl FromStr for Version {
    type Err = VersionError;

    fn from_str(input: &str) -> Result<Version, VersionError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(VersionError::Empty);
        }
        let mut parts = [0u32; 3];
        let mut len = 0usize;
        for piece in s.split('.') {
            if piece.is_empty() || !piece.bytes().all(|b| b.is_ascii_digit()) {
                return Err(VersionError::NotNumeric(input.to_owned()));
            }
            if len == 3 {
                return Err(VersionError::TooManyParts(input.to_owned()));
            }
            parts[len] = piece
                .parse()
                .ok()
                .filter(|&p| p <= MAX_PART)
                .ok_or_else(|| VersionError::TooLarge(input.to_owned()))?;
            len += 1;
        }
        Ok(Version::new(parts[0], parts[1], parts[2], len as u8))
    }
}

/// A half-open range `[from, before)`; a missing end is unbounded.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Range {
    pub from: Option<Version>,
    pub before: Option<Version>,
}

impl Range {
    pub const ALL: Range = Range {
        from: None,
        before: None,
    };

    pub fn contains(&self, v: Version) -> bool {
        self.from.is_none_or(|from| v >= from) && self.before.is_none_or(|before| v < before)
    }

    /// The part of `self` that also lies in `other`, or `None` when they do not meet.
    pub fn intersect(&self, other: &Range) -> Option<Range> {
        // `None` orders before every version, as a missing start is.
        let from = self.from.max(other.from);
        let before = match (self.before, other.before) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        match (from, before) {
            (Some(f), Some(b)) if f >= b => None,
            _ => Some(Range { from, before }),
        }
    }

    pub fn overlaps(&self, other: &Range) -> bool {
        self.intersect(other).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_every_small_number_as_itself() {
        for n in 0..=120u32 {
            for text in [n.to_string(), format!("{n}.0"), format!("{n}.0.0")] {
                assert_eq!(v(&text).to_string(), n.to_string(), "{text}");
            }
            assert_eq!(v(&format!("{n}.1")).to_string(), format!("{n}.1"));
            assert_eq!(v(&format!("{n}.0.2")).to_string(), format!("{n}.0.2"));
        }
    }

    #[test]
    fn prints_the_parts_given_without_trailing_zeros() {
        for (text, shown) in [
            ("5", "5"),
            ("17", "17"),
            ("17.0", "17"),
            ("17.4.0", "17.4"),
            ("10.13.5", "10.13.5"),
            ("26.0.1", "26.0.1"),
            ("1048575.1048575.1048575", "1048575.1048575.1048575"),
        ] {
            let v: Version = text.parse().unwrap();
            assert_eq!(v.to_string(), shown, "{text}");
            let mut out = String::from("iOS ");
            v.push_to(&mut out);
            assert_eq!(out, format!("iOS {shown}"), "{text}");
        }
    }

    fn v(s: &str) -> Version {
        s.parse().unwrap()
    }

    fn r(from: Option<&str>, before: Option<&str>) -> Range {
        Range {
            from: from.map(v),
            before: before.map(v),
        }
    }

    #[test]
    fn parses_one_to_three_parts() {
        assert_eq!(v("17"), Version::new(17, 0, 0, 1));
        assert_eq!(v("17.4"), Version::new(17, 4, 0, 2));
        assert_eq!(v("10.14.6"), Version::new(10, 14, 6, 3));
        assert_eq!(v(" 18 "), v("18"));
    }

    #[test]
    fn missing_parts_are_zero() {
        assert_eq!(v("17"), v("17.0.0"));
        assert!(v("10.2") < v("10.3"));
        assert!(v("10.14") > v("10.8"));
        assert!(v("10.13.5") > v("10.13"));
    }

    #[test]
    fn rejects_malformed_versions() {
        for bad in [
            "abc", "10..2", "-1", "+1", "1.", ".1", "1.a", "17 .4", "1,2", "١٧",
        ] {
            assert!(
                matches!(bad.parse::<Version>(), Err(VersionError::NotNumeric(_))),
                "{bad}"
            );
        }
        assert_eq!("".parse::<Version>(), Err(VersionError::Empty));
        assert_eq!("  ".parse::<Version>(), Err(VersionError::Empty));
        assert!(matches!(
            "1.2.3.4".parse::<Version>(),
            Err(VersionError::TooManyParts(_))
        ));
        for big in ["99999999999999999999", "1048576", "17.1048576"] {
            assert!(
                matches!(big.parse::<Version>(), Err(VersionError::TooLarge(_))),
                "{big}"
            );
        }
        assert_eq!(v("1048575.0.1048575").parts(), [MAX_PART, 0, MAX_PART]);
    }

    #[test]
    fn displays_as_given_without_trailing_zeros() {
        assert_eq!(v("17").to_string(), "17");
        assert_eq!(v("10.14.6").to_string(), "10.14.6");
        assert_eq!(v("17.0").to_string(), "17");
        assert_eq!(v("11.4").to_string(), "11.4");
    }

    #[test]
    fn ranges_are_half_open() {
        let ios_10_3_to_17 = r(Some("10.3"), Some("18"));
        assert!(!ios_10_3_to_17.contains(v("10.2")));
        assert!(!ios_10_3_to_17.contains(v("10.2.1")));
        assert!(ios_10_3_to_17.contains(v("10.3")));
        assert!(ios_10_3_to_17.contains(v("17.7.2")));
        assert!(!ios_10_3_to_17.contains(v("18")));
        assert!(r(None, None).contains(v("1")));
        assert!(r(Some("18"), None).contains(v("99")));
    }

    #[test]
    fn intersections() {
        let a = r(Some("10.3"), Some("18"));
        assert_eq!(
            a.intersect(&r(None, Some("16"))),
            Some(r(Some("10.3"), Some("16")))
        );
        assert_eq!(a.intersect(&r(Some("18"), None)), None);
        assert!(!a.overlaps(&r(Some("18"), None)));
        assert!(a.overlaps(&r(Some("17.9"), None)));
        assert_eq!(r(None, None).intersect(&a), Some(a));
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn parsing_never_panics(input in ".{0,40}") {
            let _ = input.parse::<Version>();
        }

        #[test]
        fn valid_versions_round_trip(parts in prop::collection::vec(0u32..100_000, 1..=3)) {
            let text = parts.iter().map(u32::to_string).collect::<Vec<_>>().join(".");
            let v: Version = text.parse().unwrap();
            let again: Version = v.to_string().parse().unwrap();
            prop_assert_eq!(v, again);
            let mut padded = parts.clone();
            padded.resize(3, 0);
            prop_assert_eq!(v.parts().to_vec(), padded);
        }

        #[test]
        fn order_is_the_order_of_the_parts(a in prop::array::uniform3(0u32..50), b in prop::array::uniform3(0u32..50)) {
            let va = Version::new(a[0], a[1], a[2], 3);
            let vb = Version::new(b[0], b[1], b[2], 3);
            prop_assert_eq!(va.cmp(&vb), a.cmp(&b));
        }

        #[test]
        fn ranges_contain_exactly_from_up_to_before(
            from in prop::option::of(prop::array::uniform3(0u32..30)),
            before in prop::option::of(prop::array::uniform3(0u32..30)),
            v in prop::array::uniform3(0u32..30),
        ) {
            let version = |p: [u32; 3]| Version::new(p[0], p[1], p[2], 3);
            let range = Range { from: from.map(version), before: before.map(version) };
            let expected = from.is_none_or(|f| v >= f) && before.is_none_or(|b| v < b);
            prop_assert_eq!(range.contains(version(v)), expected);
            let all = Range::ALL;
            prop_assert_eq!(range.intersect(&all).map(|r| r.contains(version(v))).unwrap_or(false), expected);
        }
    }
}
