//! Accounts as the server and the pages both see them: what an account may do, who it is for, the answer to
//! the registration's age question, and the devices it is signed in on. Each is stored or posted as fixed
//! words.

crate::words! {
    /// What an account may do.
    pub enum Role {
        /// Someone using the portal for themselves or for someone they support.
        Member = "member",
        /// Staff of a receiving service, a commissioner or the operator: what they may do is their
        /// [`StaffRole`](crate::models::staff::StaffRole). (Before migration 0012 there was also "admin".)
        Staff = "staff",
    }
}

impl Role {
    pub fn is_staff(self) -> bool {
        self == Role::Staff
    }
}

crate::words! {
    /// Who a member's account is for (asked first at registration).
    pub enum Audience {
        /// Support for themselves.
        Myself = "self",
        /// Supporting someone else.
        Supporter = "supporter",
    }
}

crate::words! {
    /// The answer to the registration's question "Are you 16 or over?".
    pub enum OverSixteen {
        Yes = "yes",
        No = "no",
    }
}

impl OverSixteen {
    /// The answer for "is an adult".
    pub fn from_adult(adult: bool) -> OverSixteen {
        if adult {
            OverSixteen::Yes
        } else {
            OverSixteen::No
        }
    }

    pub fn is_adult(self) -> bool {
        self == OverSixteen::Yes
    }
}

crate::words! {
    /// A browser family, as the list of signed-in devices names it.
    pub enum Browser {
        Chrome = "chrome",
        Firefox = "firefox",
        Safari = "safari",
        Edge = "edge",
        Samsung = "samsung",
        Other = "other",
    }
}

crate::words! {
    /// An operating system family, as the list of signed-in devices names it.
    pub enum System {
        Android = "android",
        Ios = "ios",
        Windows = "windows",
        MacOs = "macos",
        ChromeOs = "chromeos",
        Linux = "linux",
        Other = "other",
    }
}

/// A coarse description of a signed-in device: its browser and system families, nothing finer. Stored as
/// `browser/system` (`chrome/android`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Device {
    pub browser: Browser,
    pub system: System,
}

impl Device {
    /// The device a stored description stands for; a part it does not know is "other".
    pub fn parse(stored: &str) -> Device {
        let (browser, system) = stored.split_once('/').unwrap_or_default();
        Device {
            browser: Browser::parse(browser).unwrap_or(Browser::Other),
            system: System::parse(system).unwrap_or(System::Other),
        }
    }
}

impl std::fmt::Display for Device {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.browser, self.system)
    }
}

/// A stored description, read (sqlx reads it with `#[sqlx(try_from = "String")]`, which never fails).
impl From<String> for Device {
    fn from(stored: String) -> Device {
        Device::parse(&stored)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_words_are_unchanged() {
        let roles: Vec<_> = Role::ALL.iter().map(|r| r.as_str()).collect();
        assert_eq!(roles, ["member", "staff"]);
        assert!(!Role::Member.is_staff() && Role::Staff.is_staff());
        assert_eq!(Audience::parse("self"), Some(Audience::Myself));
        assert_eq!(Audience::Supporter.as_str(), "supporter");
        assert_eq!(serde_json::to_string(&Audience::Myself).ok().as_deref(), Some("\"self\""));
        assert_eq!(OverSixteen::parse("no").map(OverSixteen::is_adult), Some(false));
        assert_eq!(OverSixteen::from_adult(true), OverSixteen::Yes);
    }

    #[test]
    fn devices_round_trip_and_unknown_parts_are_other() {
        let phone = Device { browser: Browser::Chrome, system: System::Android };
        assert_eq!(phone.to_string(), "chrome/android");
        assert_eq!(Device::parse("chrome/android"), phone);
        assert_eq!(Device::parse("lynx/plan9"), Device { browser: Browser::Other, system: System::Other });
        assert_eq!(Device::from(String::new()), Device { browser: Browser::Other, system: System::Other });
    }
}
