//! Staff accounts: what each role may do, what their account log records, and where an account stands.

use crate::i18n::{msg, Text};

crate::words! {
    /// What a staff account may do (stored in `users.staff_role`).
    pub enum StaffRole {
        /// Works their own service's queue.
        Caseworker = "caseworker",
        /// A caseworker who also runs their service's team and reads its audit log.
        Manager = "manager",
        /// Reads aggregate figures across services; never a person's details, never a queue.
        Commissioner = "commissioner",
        /// The operator's administrator (made only at the server's shell): what a manager does, for every
        /// service, and invites managers and commissioners.
        Operator = "operator",
    }
}

impl StaffRole {
    /// The roles a manager gives within their service (a commissioner or operator is never made there).
    pub const IN_SERVICE: [StaffRole; 2] = [StaffRole::Caseworker, StaffRole::Manager];

    /// Whether the role works a service's queue (with a service to work for).
    pub fn works_queue(self) -> bool {
        matches!(self, StaffRole::Caseworker | StaffRole::Manager | StaffRole::Operator)
    }

    /// Whether the role runs a team and reads an audit log (a manager their own service's, the operator every
    /// service's).
    pub fn manages(self) -> bool {
        matches!(self, StaffRole::Manager | StaffRole::Operator)
    }

    /// Whether the role reads aggregate figures across every service.
    pub fn sees_across_services(self) -> bool {
        matches!(self, StaffRole::Commissioner | StaffRole::Operator)
    }

    /// Whether the role belongs to one service (a commissioner and the operator do not need one).
    pub fn needs_service(self) -> bool {
        matches!(self, StaffRole::Caseworker | StaffRole::Manager)
    }

    pub fn label(self) -> Text {
        match self {
            StaffRole::Caseworker => msg("staff-role-caseworker"),
            StaffRole::Manager => msg("staff-role-manager"),
            StaffRole::Commissioner => msg("staff-role-commissioner"),
            StaffRole::Operator => msg("staff-role-operator"),
        }
    }

    /// What the role may do, in a sentence (a hint where a manager chooses it).
    pub fn hint(self) -> Text {
        match self {
            StaffRole::Caseworker => msg("staff-role-caseworker-hint"),
            StaffRole::Manager => msg("staff-role-manager-hint"),
            StaffRole::Commissioner => msg("staff-role-commissioner-hint"),
            StaffRole::Operator => msg("staff-role-operator-hint"),
        }
    }
}

crate::words! {
    /// What an entry of the staff account log records (about the account, never anything personal).
    pub enum StaffAction {
        /// Finished enrolling from their one-time link.
        Enrolled = "enrolled",
        SignedIn = "signed_in",
        /// A wrong password for the account's name, or a wrong code after its password.
        SignInFailed = "sign_in_failed",
        AuthenticatorReset = "authenticator_reset",
        RecoveryCodesReplaced = "recovery_codes_replaced",
        /// A manager (or the operator) disabled the account (their sessions ended).
        Disabled = "disabled",
        /// A manager enabled it again.
        Enabled = "enabled",
        /// The account was made with a one-time enrolment link (by a manager, or at the server's shell).
        Invited = "invited",
        /// A manager reset its sign-in details and authenticator and made a new enrolment link (their
        /// sessions ended).
        Reinvited = "reinvited",
        /// A manager made the account a service manager.
        MadeManager = "made_manager",
        /// A manager made the account a caseworker.
        MadeCaseworker = "made_caseworker",
    }
}

impl StaffAction {
    /// What the log says.
    pub fn label(self) -> Text {
        match self {
            StaffAction::Enrolled => msg("staff-event-enrolled"),
            StaffAction::SignedIn => msg("staff-event-signed-in"),
            StaffAction::SignInFailed => msg("staff-event-sign-in-failed"),
            StaffAction::AuthenticatorReset => msg("staff-event-authenticator-reset"),
            StaffAction::RecoveryCodesReplaced => msg("staff-event-recovery-codes-replaced"),
            StaffAction::Disabled => msg("staff-event-disabled"),
            StaffAction::Enabled => msg("staff-event-enabled"),
            StaffAction::Invited => msg("staff-event-invited"),
            StaffAction::Reinvited => msg("staff-event-reinvited"),
            StaffAction::MadeManager => msg("staff-event-made-manager"),
            StaffAction::MadeCaseworker => msg("staff-event-made-caseworker"),
        }
    }
}

crate::words! {
    /// Where a staff account stands.
    pub enum StaffStanding {
        /// Its enrolment link has not been used yet.
        Invited = "invited",
        Active = "active",
        /// Disabled by an administrator: it cannot sign in, and what it did stays attributed to it.
        Disabled = "disabled",
    }
}

impl StaffStanding {
    pub fn label(self) -> Text {
        match self {
            StaffStanding::Invited => msg("staff-standing-invited"),
            StaffStanding::Active => msg("staff-standing-active"),
            StaffStanding::Disabled => msg("staff-standing-disabled"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_role_may_do_only_its_part() {
        use StaffRole::*;
        let queue: Vec<_> = StaffRole::ALL.iter().filter(|r| r.works_queue()).collect();
        assert_eq!(queue, [&Caseworker, &Manager, &Operator]);
        let manage: Vec<_> = StaffRole::ALL.iter().filter(|r| r.manages()).collect();
        assert_eq!(manage, [&Manager, &Operator]);
        let across: Vec<_> = StaffRole::ALL.iter().filter(|r| r.sees_across_services()).collect();
        assert_eq!(across, [&Commissioner, &Operator]);
        assert!(!Commissioner.works_queue(), "a commissioner never sees a person");
        assert_eq!(StaffRole::parse("admin"), None);
    }
}
