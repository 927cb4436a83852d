//! Staff accounts: what their account log records, and where an account stands.

use crate::i18n::{msg, Text};

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
        /// An administrator disabled the account (their sessions ended).
        Disabled = "disabled",
        /// An administrator enabled it again.
        Enabled = "enabled",
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
