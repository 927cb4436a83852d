//! The shared vocabulary of the service directory and of referrals: what happened, what would help and who a
//! service is for (ways to reach a service are [`super::service::ContactKind`], a request's own answers are in
//! [`super::request`]). Each is an id (stored, and used in the content files) with the message that names it. Addresses never carry these ids;
//! they carry neutral codes instead.

use crate::i18n::{msg, Text};

/// What happened. `any` is only for services that help with every kind of crime.
pub fn crime_types() -> Vec<(&'static str, Text)> {
    vec![
        ("violence", msg("crime-violence")),
        ("theft-burglary", msg("crime-theft-burglary")),
        ("domestic-abuse", msg("crime-domestic-abuse")),
        ("sexual-violence", msg("crime-sexual-violence")),
        ("stalking-harassment", msg("crime-stalking-harassment")),
        ("hate-crime", msg("crime-hate-crime")),
        ("fraud-cyber", msg("crime-fraud-cyber")),
        ("anti-social-behaviour", msg("crime-anti-social-behaviour")),
        ("road-collision", msg("crime-road-collision")),
        ("criminal-damage", msg("crime-criminal-damage")),
        ("other", msg("crime-other")),
        ("not-sure", msg("crime-not-sure")),
    ]
}

/// The id a service uses to say it helps with every kind of crime.
pub const ANY_CRIME: &str = "any";

/// What would help.
pub fn needs() -> Vec<(&'static str, Text)> {
    vec![
        ("emotional", msg("need-emotional")),
        ("practical", msg("need-practical")),
        ("safety", msg("need-safety")),
        ("justice", msg("need-justice")),
        ("restorative-justice", msg("need-restorative-justice")),
        ("information", msg("need-information")),
        ("crisis", msg("need-crisis")),
    ]
}

/// The group of a service that is for everyone.
pub const EVERYONE: &str = "everyone";

/// Who a service is especially for.
pub fn groups() -> Vec<(&'static str, Text)> {
    vec![
        ("everyone", msg("group-everyone")),
        ("women", msg("group-women")),
        ("men", msg("group-men")),
        ("lgbtq", msg("group-lgbtq")),
        ("deaf", msg("group-deaf")),
        ("young-people", msg("group-young-people")),
        ("older-people", msg("group-older-people")),
        ("bame", msg("group-bame")),
        ("migrants", msg("group-migrants")),
        ("disabled", msg("group-disabled")),
    ]
}

/// The label for `id` in a vocabulary, or the id itself if it is unknown (which validation prevents).
pub fn label_of(list: &[(&'static str, Text)], id: &str) -> Option<Text> {
    list.iter().find(|(i, _)| *i == id).map(|(_, t)| t.clone())
}

/// Whether `id` is one of the vocabulary's ids.
pub fn contains(list: &[(&'static str, Text)], id: &str) -> bool {
    list.iter().any(|(i, _)| *i == id)
}
