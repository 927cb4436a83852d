//! The answers of the two other ways in: a partner organisation's worker referring someone (who the worker is,
//! and the person's recorded agreement), and a hate incident report to a third-party reporting service (who is
//! reporting, the national monitoring strands, and what may go to the police). Stored and posted as fixed words.

use super::request::{answers, Answer};
use crate::i18n::{msg, Text};

crate::words! {
    /// Which journey a draft belongs to (stored in the draft; `request` when absent).
    #[derive(Default)]
    pub enum JourneyKind {
        /// A person, or their supporter, asking for support (`/request`).
        #[default]
        Request = "request",
        /// A partner organisation's worker referring someone, with their recorded agreement (`/refer`).
        Partner = "partner",
        /// A hate incident report to a third-party reporting service (`/report`).
        Hate = "hate",
    }
}

impl JourneyKind {
    /// The address the journey's pages live under.
    pub fn base(self) -> &'static str {
        match self {
            JourneyKind::Request => "/request",
            JourneyKind::Partner => "/refer",
            JourneyKind::Hate => "/report",
        }
    }

    pub fn is_request(&self) -> bool {
        *self == JourneyKind::Request
    }
}

answers! {
    /// When the person agreed to the referral.
    pub enum AgreedWhen {
        Today = "today" => msg("partners-agreed-today"),
        Week = "week" => msg("partners-agreed-week"),
        Earlier = "earlier" => msg("partners-agreed-earlier"),
    }
}

answers! {
    /// How the person's agreement was given.
    pub enum AgreedHow {
        InPerson = "in-person" => msg("partners-agreed-in-person"),
        Phone = "phone" => msg("partners-agreed-phone"),
        Video = "video" => msg("partners-agreed-video"),
        Writing = "writing" => msg("partners-agreed-writing"),
    }
}

answers! {
    /// What the person agreed may be shared with the service. `referral` (being referred and contacted) is
    /// required: without it nothing is sent.
    pub enum Shared {
        Referral = "referral" => msg("partners-shared-referral"),
        WhatHappened = "what-happened" => msg("partners-shared-what-happened"),
        Needs = "needs" => msg("partners-shared-needs"),
        Access = "access" => msg("partners-shared-access"),
    }
}

answers! {
    /// Who is reporting a hate incident.
    pub enum HateRole {
        /// It happened to them.
        Victim = "victim" => msg("hate-role-victim"),
        /// They saw or heard it.
        Witness = "witness" => msg("hate-role-witness"),
    }
}

answers! {
    /// The national hate crime monitoring strands (and "other"). Stored plainly in `referrals.hate_strands`.
    #[derive(PartialOrd, Ord)]
    pub enum Strand {
        Race = "race" => msg("hate-strand-race"),
        Religion = "religion" => msg("hate-strand-religion"),
        SexualOrientation = "sexual-orientation" => msg("hate-strand-sexual-orientation"),
        Disability = "disability" => msg("hate-strand-disability"),
        Transgender = "transgender" => msg("hate-strand-transgender"),
        Other = "other" => msg("hate-strand-other"),
    }
}

answers! {
    /// Whether a hate incident report may be passed to the police. Never assumed.
    pub enum PoliceConsent {
        /// Yes, with the person's details.
        Yes = "yes" => msg("hate-police-yes"),
        /// Only the facts, without anything that identifies the person.
        Facts = "facts" => msg("hate-police-facts"),
        No = "no" => msg("hate-police-no"),
    }
}

answers! {
    /// What kind of organisation a partner is (stored in `organisations.kind`).
    pub enum OrganisationKind {
        GpPractice = "gp-practice" => msg("partners-kind-gp-practice"),
        Health = "health" => msg("partners-kind-health"),
        School = "school" => msg("partners-kind-school"),
        Housing = "housing" => msg("partners-kind-housing"),
        Council = "council" => msg("partners-kind-council"),
        Community = "community-group" => msg("partners-kind-community-group"),
        Police = "police" => msg("partners-kind-police"),
        Other = "other" => msg("partners-kind-other"),
    }
}

/// The neutral status a partner organisation's worker sees of a referral they made: received, in progress or
/// closed, and nothing of the staff's work (a transfer is still "in progress").
pub fn worker_status(status: super::referral::Status) -> Text {
    use super::referral::Status;
    match status {
        Status::New => msg("partners-status-received"),
        Status::Closed => msg("partners-status-closed"),
        _ => msg("partners-status-in-progress"),
    }
}

impl Strand {
    /// Strands as stored: their words, in order, joined by commas.
    pub fn join(strands: &[Strand]) -> String {
        let mut sorted = strands.to_vec();
        sorted.sort();
        sorted.dedup();
        sorted.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(",")
    }

    /// The title of a strand's row in the return.
    pub fn text(self) -> Text {
        self.label()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_words_are_fixed() {
        let strands: Vec<_> = Strand::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(strands, ["race", "religion", "sexual-orientation", "disability", "transgender", "other"]);
        assert_eq!(Strand::join(&[Strand::Other, Strand::Race, Strand::Race]), "race,other");
        let police: Vec<_> = PoliceConsent::ALL.iter().map(|p| p.as_str()).collect();
        assert_eq!(police, ["yes", "facts", "no"], "the CHECK in migration 0018");
        assert_eq!(JourneyKind::default(), JourneyKind::Request);
        assert_eq!(JourneyKind::Hate.base(), "/report");
    }
}
