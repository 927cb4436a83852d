//! The triage console for staff of a service that receives requests: the queue ([`queue`]), one referral
//! with its safe-contact instructions first ([`detail`]) and its needs and outcomes ([`outcomes`]), and for
//! administrators the audit log ([`admin`]), and the staff accounts of their service with the staff account log
//! ([`team`]).

pub mod admin;
pub mod api_keys;
pub mod detail;
pub mod outcomes;
pub mod queue;
pub mod team;
