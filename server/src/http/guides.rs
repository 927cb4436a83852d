//! Guide routes: the list (topic and audience filters in the address, search words posted), a guide a step at a
//! time, saving checklist ticks and reflections (signed in), the wellbeing check-in, and guide images.

use super::{diary::DiaryAccess, form::LenientForm, page::Page, visitor::Visitor};
use crate::{
    auth::store as auth_store,
    content::code_for,
    dates,
    diary::{self, entries::Content},
    guides::{self, CheckIn},
    AppState,
};
use app::models::guide::{Audience, Block, Guide};
use app::{
    forms::Form,
    i18n::Locale,
    models::flash::{Flash, Notice},
    pages::guides::{
        check_in::{
            CheckInHistoryPage, CheckInPage, CheckInResultPage, Outcome, PastCheckIn, EFFECT_QUESTIONS, RISK_QUESTIONS,
        },
        guide::{GuidePage, StepContext},
        index::{GuideIndexPage, GuideListing},
        TopicFilter,
    },
};
use axum::{
    extract::{Path, Query, Request, State},
    response::{IntoResponse, Redirect, Response},
};
use axum::{
    routing::{get, post},
    Router,
};
use http::{HeaderMap, StatusCode};
use leptos::prelude::*;
use serde::Deserialize;
use std::collections::BTreeMap;
use tower::ServiceExt;

/// The guides, the check-in and the BSL page.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/guides", get(index).post(search))
        .route("/bsl", get(bsl))
        .route("/guides/check-in", get(check_in).post(check_in_answer))
        .route("/guides/check-in/history", get(check_in_history))
        .route("/guides/assets/{name}", get(asset))
        .route("/guides/{code}", get(start))
        .route("/guides/{code}/{step}", get(step))
        .route("/guides/{code}/{step}/checklist/{index}", post(save_checklist))
        .route("/guides/{code}/{step}/reflect/{index}", post(save_reflection))
}

async fn failure(page: &Page, error: impl std::fmt::Display) -> Response {
    tracing::error!("guide operation failed: {error}");
    page.service_problem().await
}

#[derive(Default, Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    topic: Option<String>,
    #[serde(default, rename = "for")]
    audience: Option<String>,
    #[serde(default)]
    bsl: Option<String>,
}

fn listing(
    state: &AppState,
    locale: Locale,
    topic: Option<&str>,
    supporters: bool,
    search: Option<String>,
) -> GuideListing {
    let words: Vec<String> = search
        .as_deref()
        .map(|s| s.to_lowercase().split_whitespace().map(str::to_string).collect())
        .unwrap_or_default();
    let guides = state
        .library
        .readable(locale)
        .into_iter()
        .filter(|g| topic.is_none_or(|t| g.topics.iter().any(|id| code_for("topic", id) == t)))
        .filter(|g| !supporters || matches!(g.audience, Audience::Supporter | Audience::Both))
        .filter(|g| words.iter().all(|w| g.search_text.contains(w.as_str())))
        .map(|g| state.library.summary(locale, g))
        .collect();
    let topics = state
        .library
        .topics()
        .iter()
        .map(|id| {
            let code = code_for("topic", id);
            TopicFilter { selected: topic == Some(code.as_str()), code, name: state.library.topic_name(locale, id) }
        })
        .collect();
    GuideListing { guides, topics, for_supporters: supporters, search, bsl_only: false, continue_reading: None }
}

/// The guide a signed-in reader opened last: (code, title, step number).
pub async fn continue_reading(state: &AppState, locale: Locale, visitor: &Visitor) -> Option<(String, String, usize)> {
    let (user_id, key) = visitor.reader()?;
    let progress = guides::latest(&state.db, &key, user_id).await.ok()??;
    let guide = state.library.guide_by_slug(locale, &progress.slug)?;
    Some((guide.code.clone(), guide.title.clone(), progress.step.clamp(1, guide.steps.len())))
}

async fn with_resume(state: &AppState, locale: Locale, visitor: &Visitor, mut listing: GuideListing) -> GuideListing {
    listing.continue_reading = continue_reading(state, locale, visitor).await;
    listing
}

pub async fn index(
    State(state): State<AppState>,
    page: Page,
    visitor: Visitor,
    Query(query): Query<ListQuery>,
) -> Response {
    let locale = page.locale();
    let supporters = query.audience.as_deref() == Some("supporters");
    let mut listing = listing(&state, locale, query.topic.as_deref(), supporters, None);
    if query.bsl.is_some() {
        listing.guides.retain(|g| g.has_bsl);
        listing.bsl_only = true;
    }
    let listing = with_resume(&state, locale, &visitor, listing).await;
    page.render(move || view! { <GuideIndexPage listing=listing.clone()/> }).await
}

#[derive(Default, Deserialize)]
pub struct SearchForm {
    #[serde(default)]
    q: String,
}

/// Search words arrive in the body of a post, so they never appear in an address or the browser's history.
pub async fn search(State(state): State<AppState>, page: Page, LenientForm(form): LenientForm<SearchForm>) -> Response {
    let search = super::form::search_words(&form.q);
    let listing = listing(&state, page.locale(), None, false, search);
    page.render(move || view! { <GuideIndexPage listing=listing.clone()/> }).await
}

/// `/bsl`: guides with a British Sign Language video, and how to reach services in BSL.
pub async fn bsl(State(state): State<AppState>, page: Page) -> Response {
    let locale = page.locale();
    let guides: Vec<(String, String)> = state
        .library
        .readable(locale)
        .into_iter()
        .filter(|g| g.bsl.is_some())
        .map(|g| (g.code.clone(), g.title.clone()))
        .collect();
    let services: Vec<_> = state
        .directory
        .all()
        .iter()
        .filter(|s| s.contacts.iter().any(|c| c.kind == "bsl-video-relay") || s.groups.iter().any(|g| g == "deaf"))
        .cloned()
        .collect();
    page.render(move || view! { <app::pages::bsl::BslPage guides=guides.clone() services=services.clone()/> }).await
}

pub async fn start(state: State<AppState>, page: Page, visitor: Visitor, Path(code): Path<String>) -> Response {
    show_step(state, page, visitor, code, 1).await
}

pub async fn step(
    state: State<AppState>,
    page: Page,
    visitor: Visitor,
    Path((code, number)): Path<(String, String)>,
) -> Response {
    match number.parse::<usize>() {
        Ok(n) if n >= 1 => show_step(state, page, visitor, code, n).await,
        _ => super::error::Error::NotFound.into_response(),
    }
}

async fn show_step(
    State(state): State<AppState>,
    page: Page,
    visitor: Visitor,
    code: String,
    number: usize,
) -> Response {
    let Some((guide, fallback)) = state.library.guide(page.locale(), &code) else {
        return super::error::Error::NotFound.into_response();
    };
    if number > guide.steps.len() {
        return super::error::Error::NotFound.into_response();
    }
    let guide = guide.clone();
    let mut context = StepContext { step: number - 1, fallback, ..StepContext::default() };
    if let Some((user_id, key)) = visitor.reader() {
        context.signed_in = true;
        let now = state.clock.now();
        let remembered = async {
            let mut progress = guides::progress(&state.db, &key, user_id, &guide.slug).await?;
            progress.step = number;
            guides::save(&state.db, &key, user_id, &progress, now).await?;
            Ok::<_, crate::db::DbError>(progress)
        }
        .await;
        match remembered {
            Ok(progress) => {
                let checklists = guide
                    .steps
                    .iter()
                    .chain(std::iter::once(&app::models::guide::Step {
                        title: String::new(),
                        blocks: guide.intro.clone(),
                    }))
                    .flat_map(|s| s.blocks.iter())
                    .filter_map(|b| match b {
                        Block::Checklist { index, .. } => Some(*index),
                        _ => None,
                    })
                    .max()
                    .map(|m| m + 1)
                    .unwrap_or(0);
                context.ticks = (0..checklists).map(|i| progress.ticks.get(&i).cloned().unwrap_or_default()).collect();
            }
            Err(e) => return failure(&page, e).await,
        }
        if let Some(session) = &visitor.session {
            let flash = match crate::auth::session::take_flash(&state.db, session).await {
                Ok(flash) => flash,
                Err(e) => return failure(&page, e).await,
            };
            context.notice = flash.0.first().map(|n| n.text());
        }
    }
    page.render(move || view! { <GuidePage guide=guide.clone() context=context.clone()/> }).await
}

fn find_block(guide: &Guide, step: usize, wanted: impl Fn(&Block) -> bool) -> Option<&Block> {
    let blocks = guide.steps.get(step.checked_sub(1)?)?.blocks.iter();
    let intro = if step == 1 { guide.intro.iter() } else { [].iter() };
    intro.chain(blocks).find(|b| wanted(b))
}

pub async fn save_checklist(
    State(state): State<AppState>,
    page: Page,
    access: DiaryAccess,
    Path((code, number, index)): Path<(String, usize, usize)>,
    LenientForm(pairs): LenientForm<Vec<(String, String)>>,
) -> Response {
    let Some((guide, _)) = state.library.guide(page.locale(), &code) else {
        return super::error::Error::NotFound.into_response();
    };
    let Some(Block::Checklist { items, .. }) =
        find_block(guide, number, |b| matches!(b, Block::Checklist { index: i, .. } if *i == index))
    else {
        return super::error::Error::NotFound.into_response();
    };
    let done: Vec<usize> = pairs.iter().filter(|(k, _)| k == "done").filter_map(|(_, v)| v.parse().ok()).collect();
    let ticks: Vec<bool> = (0..items.len()).map(|i| done.contains(&i)).collect();
    let user_id = access.me.user.id;
    let saved = async {
        let mut progress = guides::progress(&state.db, &access.key, user_id, &guide.slug).await?;
        progress.ticks.insert(index, ticks);
        progress.step = number;
        guides::save(&state.db, &access.key, user_id, &progress, state.clock.now()).await?;
        auth_store::set_flash(&state.db, &access.me.session.token_hash, &Flash::one(Notice::GuideProgressSaved)).await
    }
    .await;
    match saved {
        Ok(()) => Redirect::to(&format!("/guides/{code}/{number}")).into_response(),
        Err(e) => failure(&page, e).await,
    }
}

#[derive(Default, Deserialize)]
pub struct ReflectionForm {
    #[serde(default)]
    reflection: String,
}

/// A reflection becomes a diary entry, linked to the guide it came from.
pub async fn save_reflection(
    State(state): State<AppState>,
    page: Page,
    access: DiaryAccess,
    Path((code, number, index)): Path<(String, usize, usize)>,
    LenientForm(form): LenientForm<ReflectionForm>,
) -> Response {
    let Some((guide, _)) = state.library.guide(page.locale(), &code) else {
        return super::error::Error::NotFound.into_response();
    };
    let Some(Block::Reflect { question, .. }) =
        find_block(guide, number, |b| matches!(b, Block::Reflect { index: i, .. } if *i == index))
    else {
        return super::error::Error::NotFound.into_response();
    };
    let answer = form.reflection.trim().replace("\r\n", "\n");
    let now = state.clock.now();
    let saved = async {
        let flash = if answer.is_empty() {
            Notice::GuideReflectionEmpty
        } else {
            let answer: String = answer.chars().take(super::diary::MAX_TEXT_CHARS).collect();
            let content = Content {
                feeling: 0,
                text: format!("{question}\n\n{answer}"),
                helped: Vec::new(),
                own_tags: Vec::new(),
                source: Some(diary::entries::Source { guide: guide.slug.clone(), title: guide.title.clone() }),
            };
            diary::entries::create(&state.db, &access.key, access.me.user.id, dates::day_of(now), &content, now)
                .await?;
            Notice::GuideReflectionSaved
        };
        auth_store::set_flash(&state.db, &access.me.session.token_hash, &Flash::one(flash)).await
    }
    .await;
    match saved {
        Ok(()) => Redirect::to(&format!("/guides/{code}/{number}")).into_response(),
        Err(e) => failure(&page, e).await,
    }
}

pub async fn check_in(page: Page, visitor: Visitor) -> Response {
    let signed_in = visitor.reader().is_some();
    page.render(move || view! { <CheckInPage form=Form::new() signed_in=signed_in/> }).await
}

/// What the answers point to. Pure, so it can be tested on its own.
pub fn outcome(answers: &BTreeMap<String, String>) -> Outcome {
    if answers.get("harm").map(String::as_str) == Some("yes") {
        return Outcome::SelfHarm;
    }
    if answers.get("danger").map(String::as_str) == Some("yes") {
        return Outcome::DangerNow;
    }
    let scores: Vec<u32> = EFFECT_QUESTIONS.iter().filter_map(|q| answers.get(*q)?.parse().ok()).collect();
    if scores.iter().any(|s| *s >= 3) || scores.iter().sum::<u32>() >= 8 {
        Outcome::High
    } else {
        Outcome::LowToModerate
    }
}

/// Guides that fit the answers, most relevant first.
fn suggestions(state: &AppState, locale: Locale, answers: &BTreeMap<String, String>) -> Vec<(String, String)> {
    let high = |q: &str| answers.get(q).and_then(|v| v.parse::<u32>().ok()).unwrap_or(0) >= 2;
    let mut slugs = Vec::new();
    if high("sleep") {
        slugs.push("sleep");
    }
    if high("safety") {
        slugs.push("feeling-safe-at-home");
    }
    if high("daily") {
        slugs.push("worry-it-will-happen-again");
    }
    slugs.push("coping-with-feelings");
    slugs.push("your-rights");
    slugs.dedup();
    slugs
        .into_iter()
        .filter_map(|s| state.library.guide_by_slug(locale, s))
        .take(3)
        .map(|g| (g.code.clone(), g.title.clone()))
        .collect()
}

pub async fn check_in_answer(
    State(state): State<AppState>,
    page: Page,
    visitor: Visitor,
    LenientForm(pairs): LenientForm<Vec<(String, String)>>,
) -> Response {
    let allowed_effect = ["0", "1", "2", "3"];
    let allowed_risk = ["yes", "no", "skip"];
    let answers: BTreeMap<String, String> = pairs
        .into_iter()
        .filter(|(k, v)| {
            (EFFECT_QUESTIONS.contains(&k.as_str()) && allowed_effect.contains(&v.as_str()))
                || (RISK_QUESTIONS.contains(&k.as_str()) && allowed_risk.contains(&v.as_str()))
        })
        .collect();
    let signed_in = visitor.reader();
    let saved = signed_in.is_some();
    if let Some((user_id, key)) = signed_in {
        if !answers.is_empty() {
            let check_in = CheckIn { answers: answers.clone() };
            if let Err(e) = guides::save_check_in(&state.db, &key, user_id, &check_in, state.clock.now()).await {
                return failure(&page, e).await;
            }
        }
    }
    let result = outcome(&answers);
    let suggested = suggestions(&state, page.locale(), &answers);
    page.render(move || view! { <CheckInResultPage outcome=result suggestions=suggested.clone() signed_in=saved/> })
        .await
}

pub async fn check_in_history(State(state): State<AppState>, page: Page, access: DiaryAccess) -> Response {
    let past = match guides::check_ins(&state.db, &access.key, access.me.user.id).await {
        Ok(p) => p,
        Err(e) => return failure(&page, e).await,
    };
    let i18n = page.i18n();
    let past: Vec<PastCheckIn> = past
        .into_iter()
        .map(|(at, c)| {
            let (y, m, d) = dates::civil_from_days(dates::day_of(at));
            PastCheckIn { date: app::pages::diary::long_date(&i18n, y, m, d), answers: c.answers.into_iter().collect() }
        })
        .collect();
    page.render(move || view! { <CheckInHistoryPage past=past.clone()/> }).await
}

/// `GET /guides/assets/{name}`: an image used by a guide.
pub async fn asset(State(state): State<AppState>, Path(name): Path<String>, headers: HeaderMap) -> Response {
    if !state.library.has_asset(&name) {
        return super::error::Error::NotFound.into_response();
    }
    let path = state.library.root.join("assets").join(&name);
    let mut request = Request::new(axum::body::Body::empty());
    *request.headers_mut() = headers;
    match tower_http::services::ServeFile::new(path).oneshot(request).await {
        Ok(response) => response.into_response(),
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}

/// The neutral code of a guide, for tests and links.
pub fn guide_code(slug: &str) -> String {
    code_for("guide", slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(list: &[(&str, &str)]) -> BTreeMap<String, String> {
        list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn risk_comes_first_then_impact() {
        assert_eq!(outcome(&answers(&[("harm", "yes"), ("danger", "yes")])), Outcome::SelfHarm);
        assert_eq!(outcome(&answers(&[("danger", "yes"), ("sleep", "0")])), Outcome::DangerNow);
        assert_eq!(outcome(&answers(&[("sleep", "3")])), Outcome::High);
        assert_eq!(
            outcome(&answers(&[("sleep", "2"), ("daily", "2"), ("feelings", "2"), ("safety", "2")])),
            Outcome::High
        );
        assert_eq!(
            outcome(&answers(&[("sleep", "2"), ("daily", "1"), ("feelings", "2"), ("safety", "1")])),
            Outcome::LowToModerate
        );
        assert_eq!(outcome(&answers(&[("harm", "skip"), ("danger", "no")])), Outcome::LowToModerate);
        assert_eq!(outcome(&answers(&[])), Outcome::LowToModerate);
    }
}
