//! A request for support as staff and referrers see it: its status, and what the audit log records.

use crate::i18n::{msg, Text};

crate::words! {
    /// Where a referral is, in the order a referral usually moves through them.
    pub enum Status {
        New = "new",
        InContact = "in_contact",
        Supported = "supported",
        Closed = "closed",
        /// Moved to another service's queue (where it is `New` again); only its audit entries remain here.
        Transferred = "transferred",
    }
}

impl Status {
    /// The statuses staff may set by hand (a transfer has its own action).
    pub const SETTABLE: [Status; 4] = [Status::New, Status::InContact, Status::Supported, Status::Closed];

    /// Whether work on the referral has ended here.
    pub fn is_closed(self) -> bool {
        matches!(self, Status::Closed | Status::Transferred)
    }

    /// The words for the status, as staff see them.
    pub fn label(self) -> Text {
        match self {
            Status::New => msg("triage-status-new"),
            Status::InContact => msg("triage-status-in-contact"),
            Status::Supported => msg("triage-status-supported"),
            Status::Closed => msg("triage-status-closed"),
            Status::Transferred => msg("triage-status-transferred"),
        }
    }

    /// The neutral words a person who sent the request sees: nothing of the staff's work.
    pub fn referrer_label(self) -> Text {
        match self {
            Status::New => msg("account-request-received"),
            Status::Closed => msg("account-request-closed"),
            _ => msg("account-request-in-progress"),
        }
    }
}

crate::words! {
    /// Where a referral came from (stored in `referrals.source`).
    pub enum Source {
        /// A person, or someone supporting them, filled in the request journey.
        Web = "web",
        /// A partner organisation's worker filled in the professionals' journey.
        Partner = "partner",
        /// Another system sent it to `/api/v1/referrals` with an organisation's key.
        Api = "api",
    }
}

crate::words! {
    /// What an entry of a referral's audit log records.
    pub enum Action {
        /// The request arrived (the detail names the service).
        Received = "received",
        Viewed = "viewed",
        Assigned = "assigned",
        /// The status changed (the detail names the new status).
        Status = "status",
        Note = "note",
        /// Moved to another service (the detail names it; the note holds the reason).
        Transferred = "transferred",
        /// The categories of need and the support plan were recorded (the detail lists the categories; the
        /// note holds the plan).
        Needs = "needs",
        /// Closed with the outcome of each need (the detail names the onward referral).
        Outcomes = "outcomes",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_closed_and_transferred_end_work() {
        let closed: Vec<_> = Status::ALL.iter().filter(|s| s.is_closed()).collect();
        assert_eq!(closed, [&Status::Closed, &Status::Transferred]);
        assert!(!Status::SETTABLE.contains(&Status::Transferred));
    }
}
