//! Accounts as the server and the pages both see them: what an account may do, who it is for, and the answer
//! to the registration's age question. Each is stored or posted as a fixed word.

crate::words! {
    /// What an account may do.
    pub enum Role {
        /// Someone using the portal for themselves or for someone they support.
        Member = "member",
        /// A caseworker of one receiving service.
        Staff = "staff",
        /// Staff who may also read the audit log and reports.
        Admin = "admin",
    }
}

impl Role {
    pub fn is_staff(self) -> bool {
        matches!(self, Role::Staff | Role::Admin)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_words_are_unchanged() {
        let roles: Vec<_> = Role::ALL.iter().map(|r| r.as_str()).collect();
        assert_eq!(roles, ["member", "staff", "admin"]);
        assert!(!Role::Member.is_staff() && Role::Staff.is_staff() && Role::Admin.is_staff());
        assert_eq!(Audience::parse("self"), Some(Audience::Myself));
        assert_eq!(Audience::Supporter.as_str(), "supporter");
        assert_eq!(serde_json::to_string(&Audience::Myself).ok().as_deref(), Some("\"self\""));
        assert_eq!(OverSixteen::parse("no").map(OverSixteen::is_adult), Some(false));
        assert_eq!(OverSixteen::from_adult(true), OverSixteen::Yes);
    }
}
