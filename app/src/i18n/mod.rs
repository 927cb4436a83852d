//! Languages: the supported locales, request negotiation, and the Fluent catalogue that every user-visible
//! string goes through. Components call [`use_i18n`] and then [`I18n::t`] or [`I18n::tr`] with a message id.

mod bidi;
mod catalog;
mod digits;
mod locale;
mod text;

pub use bidi::{isolate_ltr_runs, isolate_ltr_runs_in_html};
pub use catalog::{Catalog, CatalogError, EMBEDDED_FTL};
pub use digits::{western_digits, Numerals};
pub use fluent_bundle::{FluentArgs, FluentValue};
pub use locale::{Direction, Locale, LANGUAGE_COOKIE};
pub use text::{msg, Arg, Text};

use leptos::prelude::*;
use std::sync::Arc;

/// The language of the page being drawn, with the catalogue to draw it from.
#[derive(Clone)]
pub struct I18n {
    locale: Locale,
    catalog: Arc<Catalog>,
}

impl I18n {
    pub fn new(locale: Locale, catalog: Arc<Catalog>) -> Self {
        I18n { locale, catalog }
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The same catalogue in `locale`.
    pub fn in_locale(&self, locale: Locale) -> I18n {
        I18n { locale, catalog: self.catalog.clone() }
    }

    /// The message `id` in the page's language.
    pub fn t(&self, id: &str) -> String {
        self.catalog.format(self.locale, id, None)
    }

    /// The message `id` with variables, e.g. `i18n.tr("page-title", &[("page", name.into())])`.
    pub fn tr(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.catalog.format(self.locale, id, Some(&fluent_args))
    }

    /// `text` (a time, a reference) with its digits written as the page's language writes them.
    pub fn digits(&self, text: &str) -> String {
        self.locale.localise_digits(text)
    }

    /// A [`Text`] chosen earlier, in the page's language.
    pub fn text(&self, text: &Text) -> String {
        if text.args.is_empty() {
            return self.catalog.format(self.locale, text.id, None);
        }
        let mut fluent_args = FluentArgs::new();
        for (name, value) in &text.args {
            match value {
                Arg::Text(s) => fluent_args.set(*name, s.clone()),
                Arg::Number(n) => fluent_args.set(*name, *n),
            }
        }
        self.catalog.format(self.locale, text.id, Some(&fluent_args))
    }
}

/// The page's [`I18n`], provided by the server for every render.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
