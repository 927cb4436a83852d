//! The triage console for staff of a service that receives requests: the queue ([`queue`]), one referral
//! with its safe-contact instructions first ([`detail`]), and for administrators the audit log and the
//! commissioner's report ([`admin`]).

pub mod admin;
pub mod detail;
pub mod queue;

use crate::i18n::{msg, Text};

/// The words for a referral status, as staff see them.
pub fn status_text(status: &str) -> Text {
    match status {
        "new" => msg("triage-status-new"),
        "in_contact" => msg("triage-status-in-contact"),
        "supported" => msg("triage-status-supported"),
        "closed" => msg("triage-status-closed"),
        _ => msg("triage-status-transferred"),
    }
}
