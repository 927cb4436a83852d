//! The Fluent message catalogue: every locale's `.ftl` files parsed once, looked up with English as the fallback.

use super::{bidi::isolate_ltr_runs, digits::Numerals, locale::Locale};
use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};
use std::{
    collections::{BTreeSet, HashMap, HashSet},
    sync::Mutex,
};

include!(concat!(env!("OUT_DIR"), "/embedded_ftl.rs"));

type Bundle = FluentBundle<FluentResource>;

/// Why a catalogue could not be built.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("locales/{locale}/{file}: syntax error at line {line}: {message}")]
    Syntax { locale: String, file: String, line: usize, message: String },
    #[error("locales/{locale}/{file}: {message}")]
    Bundle { locale: String, file: String, message: String },
    #[error("locales/{0}/ is not a supported language")]
    UnknownLocale(String),
    #[error("there are no English messages (locales/en/*.ftl)")]
    NoEnglish,
}

/// Every locale's messages, ready to format.
pub struct Catalog {
    bundles: HashMap<Locale, Bundle>,
    ids: HashMap<Locale, BTreeSet<String>>,
    /// The `$variables` each message uses, per locale.
    variables: HashMap<Locale, HashMap<String, BTreeSet<String>>>,
    reported_missing: Mutex<HashSet<(Locale, String)>>,
}

impl Catalog {
    /// The catalogue compiled into the binary from `locales/`.
    pub fn embedded() -> Result<Catalog, CatalogError> {
        Catalog::from_sources(EMBEDDED_FTL.iter().map(|(code, file, text)| (*code, *file, *text)))
    }

    /// Builds a catalogue from `(locale code, file name, Fluent source)` triples.
    pub fn from_sources<'a>(
        sources: impl IntoIterator<Item = (&'a str, &'a str, &'a str)>,
    ) -> Result<Catalog, CatalogError> {
        let mut bundles: HashMap<Locale, Bundle> = HashMap::new();
        let mut ids: HashMap<Locale, BTreeSet<String>> = HashMap::new();
        let mut variables: HashMap<Locale, HashMap<String, BTreeSet<String>>> = HashMap::new();
        for (code, file, text) in sources {
            let locale = Locale::from_code(code)
                .filter(|l| l.code() == code)
                .ok_or_else(|| CatalogError::UnknownLocale(code.to_string()))?;
            let resource = FluentResource::try_new(text.to_string()).map_err(|(_, errors)| {
                let first = &errors[0];
                CatalogError::Syntax {
                    locale: code.to_string(),
                    file: file.to_string(),
                    line: text[..first.pos.start.min(text.len())].lines().count().max(1),
                    message: first.kind.to_string(),
                }
            })?;
            let locale_ids = ids.entry(locale).or_default();
            let locale_variables = variables.entry(locale).or_default();
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(message) = entry {
                    locale_ids.insert(message.id.name.to_string());
                    let mut used = BTreeSet::new();
                    if let Some(pattern) = &message.value {
                        pattern_variables(pattern, &mut used);
                    }
                    for attribute in &message.attributes {
                        pattern_variables(&attribute.value, &mut used);
                    }
                    locale_variables.insert(message.id.name.to_string(), used);
                }
            }
            let bundle = bundles.entry(locale).or_insert_with(|| new_bundle(locale));
            bundle.add_resource(resource).map_err(|errors| CatalogError::Bundle {
                locale: code.to_string(),
                file: file.to_string(),
                message: errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; "),
            })?;
        }
        if !bundles.contains_key(&Locale::En) {
            return Err(CatalogError::NoEnglish);
        }
        Ok(Catalog { bundles, ids, variables, reported_missing: Mutex::new(HashSet::new()) })
    }

    /// Translations whose messages use other `$variables` than English, as "locale/id: …" lines.
    pub fn variable_mismatches(&self) -> Vec<String> {
        let Some(english) = self.variables.get(&Locale::En) else { return Vec::new() };
        let mut out = Vec::new();
        for locale in Locale::ALL.iter().filter(|l| **l != Locale::En) {
            let Some(translated) = self.variables.get(locale) else { continue };
            let mut ids: Vec<&String> = translated.keys().collect();
            ids.sort();
            for id in ids {
                if let Some(expected) = english.get(id).filter(|e| **e != translated[id]) {
                    out.push(format!("{}/{id}: {:?}, English has {:?}", locale.code(), translated[id], expected));
                }
            }
        }
        out
    }

    /// Whether `locale` has its own translation of `id` (without falling back to English).
    pub fn has(&self, locale: Locale, id: &str) -> bool {
        self.ids.get(&locale).is_some_and(|ids| ids.contains(id))
    }

    /// The message ids a locale defines.
    pub fn ids(&self, locale: Locale) -> impl Iterator<Item = &str> {
        self.ids.get(&locale).into_iter().flatten().map(String::as_str)
    }

    /// Formats a message in `locale`, falling back to English when the locale lacks it. A missing
    /// translation is logged once per locale and message; a message missing even in English is a bug, and
    /// shows its id rather than failing the page.
    /// In right-to-left languages, phone numbers, helpline names with digits and codes are isolated as
    /// left-to-right so that they read in the right order (see [`isolate_ltr_runs`]).
    pub fn format(&self, locale: Locale, id: &str, args: Option<&FluentArgs>) -> String {
        let text = self.format_in(locale, id, args);
        match locale.direction() {
            super::locale::Direction::Rtl => isolate_ltr_runs(&text),
            super::locale::Direction::Ltr => text,
        }
    }

    fn format_in(&self, locale: Locale, id: &str, args: Option<&FluentArgs>) -> String {
        if let Some(text) = self.try_format(locale, id, args) {
            return text;
        }
        self.report_missing(locale, id);
        if locale != Locale::En {
            if let Some(text) = self.try_format(Locale::En, id, args) {
                return text;
            }
        }
        id.to_string()
    }

    fn try_format(&self, locale: Locale, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundles.get(&locale)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
        if !errors.is_empty() {
            tracing::warn!(locale = locale.code(), id, "message formatted with errors: {errors:?}");
        }
        Some(text)
    }

    fn report_missing(&self, locale: Locale, id: &str) {
        let mut reported = match self.reported_missing.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        if reported.insert((locale, id.to_string())) {
            if locale == Locale::En {
                tracing::error!(id, "message missing from the English catalogue");
            } else {
                tracing::warn!(locale = locale.code(), id, "message not translated; showing English");
            }
        }
    }
}

/// Collects the `$variables` a pattern refers to, including inside selectors, variants and function calls.
fn pattern_variables(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    use fluent_syntax::ast::PatternElement;
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &fluent_syntax::ast::Expression<&str>, out: &mut BTreeSet<String>) {
    use fluent_syntax::ast::Expression;
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &fluent_syntax::ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    use fluent_syntax::ast::InlineExpression;
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
            for named in &arguments.named {
                inline_variables(&named.value, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

fn new_bundle(locale: Locale) -> Bundle {
    let langid: unic_langid::LanguageIdentifier =
        locale.code().parse().unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Unicode isolation marks keep inserted values in the right order in right-to-left text; left-to-right
    // languages do not need them.
    bundle.set_use_isolating(locale.direction() == super::locale::Direction::Rtl);
    // Numbers in messages (counts, days, years) are written in the language's own digits.
    match locale.numerals() {
        Numerals::ArabicIndic => bundle.set_formatter(Some(arabic_indic_numbers)),
        Numerals::Persian => bundle.set_formatter(Some(persian_numbers)),
        Numerals::Western => {}
    }
    bundle
}

fn arabic_indic_numbers<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(Locale::Ar.localise_digits(&n.as_string())),
        _ => None,
    }
}

fn persian_numbers<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(Locale::Fa.localise_digits(&n.as_string())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        Catalog::from_sources([
            ("en", "a.ftl", "hello = Hello\nitems = { $count ->\n [one] One item\n *[other] { $count } items\n}\nonly-en = English only\n"),
            ("cy", "a.ftl", "hello = Helo\n"),
        ])
        .expect("valid catalogue")
    }

    #[test]
    fn formats_in_the_requested_locale() {
        assert_eq!(catalog().format(Locale::Cy, "hello", None), "Helo");
        assert_eq!(catalog().format(Locale::En, "hello", None), "Hello");
    }

    #[test]
    fn falls_back_to_english_then_to_the_id() {
        let c = catalog();
        assert_eq!(c.format(Locale::Cy, "only-en", None), "English only");
        assert_eq!(c.format(Locale::Cy, "nowhere", None), "nowhere");
        assert!(!c.has(Locale::Cy, "only-en"));
        assert!(c.has(Locale::En, "only-en"));
    }

    #[test]
    fn a_missing_translation_is_reported_once() {
        let c = catalog();
        for _ in 0..3 {
            assert_eq!(c.format(Locale::Cy, "only-en", None), "English only");
        }
        c.format(Locale::Cy, "hello", None);
        let reported = c.reported_missing.lock().expect("lock").clone();
        assert_eq!(reported, HashSet::from([(Locale::Cy, "only-en".to_string())]));
    }

    #[test]
    fn plurals_follow_the_locale_rules() {
        let c = catalog();
        let mut args = FluentArgs::new();
        args.set("count", 1);
        assert_eq!(c.format(Locale::En, "items", Some(&args)), "One item");
        args.set("count", 3);
        assert_eq!(c.format(Locale::En, "items", Some(&args)), "3 items");
    }

    #[test]
    fn numbers_are_written_in_the_languages_digits_and_plurals_still_work() {
        let c = Catalog::from_sources([
            ("en", "a.ftl", "items = { $count ->\n [one] One item\n *[other] { $count } items\n}\n"),
            ("ar", "a.ftl", "items = { $count ->\n [one] عنصر واحد\n *[other] { $count } عناصر\n}\n"),
            ("fa", "a.ftl", "items = { $count } مورد\n"),
        ])
        .expect("valid catalogue");
        let mut args = FluentArgs::new();
        args.set("count", 12);
        assert_eq!(c.format(Locale::Ar, "items", Some(&args)), "\u{2068}١٢\u{2069} عناصر");
        assert_eq!(c.format(Locale::Fa, "items", Some(&args)), "\u{2068}۱۲\u{2069} مورد");
        assert_eq!(c.format(Locale::En, "items", Some(&args)), "12 items");
        args.set("count", 1);
        assert_eq!(c.format(Locale::Ar, "items", Some(&args)), "عنصر واحد");
    }

    #[test]
    fn syntax_errors_name_the_file_and_line() {
        let err = Catalog::from_sources([("en", "broken.ftl", "ok = fine\n\nbad = { $\n")]).err().expect("error");
        let text = err.to_string();
        assert!(text.contains("locales/en/broken.ftl"), "{text}");
        assert!(text.contains("line 3"), "{text}");
    }

    #[test]
    fn duplicate_messages_are_refused() {
        let err = Catalog::from_sources([("en", "a.ftl", "x = 1\n"), ("en", "b.ftl", "x = 2\n")]).err();
        assert!(matches!(err, Some(CatalogError::Bundle { .. })));
    }

    #[test]
    fn the_embedded_catalogue_loads() {
        let c = Catalog::embedded().expect("locales/ parse");
        assert!(c.ids(Locale::En).count() > 10);
    }
}
