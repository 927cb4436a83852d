//! The request journey over HTTP: `/request` (start), `/request/{step}` (one question each, posted without
//! JavaScript), `/request/check` (check and send) and `/request/done` (confirmation). Answers are kept sealed
//! with the visitor's session, never in the browser or an address; a visitor without a session gets one when
//! they first answer. The journey itself is [`crate::referrals::journey`]; keeping the answers is
//! [`crate::referrals::drafts`].

use super::{
    accounts::{device_of, redirect_with_cookie},
    error::{Error, Result},
    form::LenientForm,
    page::Page,
    visitor::Visitor,
};
use crate::{
    auth::session,
    content::code_for,
    referrals::{
        self,
        draft::Draft,
        drafts::{self, Owner},
        journey::{self, Answers, Problem, Step},
        Refusal, Via,
    },
    AppState,
};
use app::{
    forms::Form,
    i18n::{msg, Text},
    models::{partners::JourneyKind, request::YesNo},
    pages::help::CallNow,
    pages::request::{check::CheckAnswersPage, done::RequestDonePage, question::QuestionPage, start::RequestStartPage},
};
use axum::{
    extract::{FromRequestParts, Path, State},
    response::{IntoResponse, Redirect},
    routing::get,
    Router,
};
use http::{request::Parts, HeaderMap, StatusCode};
use leptos::prelude::*;

/// The request journey.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/request", get(start))
        .route("/request/done", get(done))
        .route("/request/{step}", get(show).post(answer))
}

/// The page of the journey the address's `{step}` names; any other word is not found.
pub struct StepPath(pub Step);

impl<S: Send + Sync> FromRequestParts<S> for StepPath {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Error> {
        let Path(slug) = Path::<String>::from_request_parts(parts, state).await.map_err(|_| Error::NotFound)?;
        Step::from_slug(&slug).map(StepPath).ok_or(Error::NotFound)
    }
}

pub(super) fn owner(visitor: &Visitor) -> Owner<'_> {
    Owner {
        session: visitor.session.as_ref().map(|s| s.token_hash.as_slice()),
        user: visitor.signed_in().map(|(_, user)| user),
    }
}

/// What the page says about a problem with an answer.
pub(super) fn problem_text(problem: Problem) -> Text {
    match problem {
        Problem::SafeNowNotChosen => msg("request-safe-error"),
        Problem::WhoNotChosen => msg("request-who-error"),
        Problem::AgeNotChosen => msg("request-age-error"),
        Problem::AreaNotChosen => msg("request-area-error"),
        Problem::PostcodeMissing => msg("request-postcode-missing"),
        Problem::PostcodeInvalid => msg("request-postcode-invalid"),
        Problem::PostcodeSpans => msg("request-postcode-spans"),
        Problem::CrimesNotChosen => msg("request-what-error"),
        Problem::WhenNotChosen => msg("request-when-error"),
        Problem::PoliceNotChosen => msg("request-police-error"),
        Problem::NeedsMissing => msg("request-needs-error"),
        Problem::InterpreterNotChosen => msg("request-interpreter-error"),
        Problem::NameMissing => msg("request-name-error"),
        Problem::ChannelsNotChosen => msg("request-channels-error"),
        Problem::PhoneMissing => msg("request-phone-missing"),
        Problem::PhoneInvalid => msg("request-phone-invalid"),
        Problem::EmailMissing => msg("request-email-missing"),
        Problem::EmailInvalid => msg("request-email-invalid"),
        Problem::ChannelSafetyNotChosen => msg("request-safe-channel-error"),
        Problem::VoicemailNotChosen => msg("request-safe-voicemail-error"),
        Problem::SayWhoNotChosen => msg("request-safe-say-who-error"),
        Problem::NoSafeChannel => msg("request-no-safe-channel"),
        Problem::SupporterNameMissing => msg("request-supporter-name-error"),
        Problem::SupporterContactMissing => msg("request-supporter-contact-error"),
        Problem::NotAgreed => msg("request-supporter-agreed-error"),
        Problem::WorkerNameMissing => msg("partners-worker-name-error"),
        Problem::WorkerContactMissing => msg("partners-worker-contact-error"),
        Problem::AgreedWhenNotChosen => msg("partners-agreed-when-error"),
        Problem::AgreedHowNotChosen => msg("partners-agreed-how-error"),
        Problem::ReferralNotAgreed => msg("partners-shared-error"),
        Problem::HateRoleNotChosen => msg("hate-role-error"),
        Problem::DescriptionMissing => msg("hate-incident-error"),
        Problem::StrandsNotChosen => msg("hate-strands-error"),
        Problem::SupportNotChosen => msg("hate-support-error"),
        Problem::PoliceConsentNotChosen => msg("hate-police-error"),
        Problem::NotListed => msg("request-choose-listed"),
        Problem::TooLong { max } => msg("request-too-long").with_number("max", max as i64),
    }
}

/// To the first page still to answer.
fn to_first_unanswered(draft: &Draft) -> Result {
    Ok(Redirect::to(&journey::path(journey::first_unanswered(draft), draft)).into_response())
}

pub async fn start(page: Page, visitor: Visitor) -> Result {
    let signed_in = visitor.signed_in().is_some();
    Ok(page.render(move || view! { <RequestStartPage signed_in=signed_in/> }).await)
}

/// What to call now, for a page that offers help now: the directory's services to ring and its local
/// services for domestic abuse.
fn call_now(state: &AppState) -> CallNow {
    let code = code_for("crime", "domestic-abuse");
    CallNow { services: state.directory.to_call_now(), local_href: format!("/services?what={code}") }
}

/// A question page, with `form` as posted (and 422) when its answers need correcting.
async fn question_page(state: &AppState, page: Page, step: Step, draft: &Draft, form: Form) -> Result {
    let question = step.question(draft);
    let call = if question.help_now { call_now(state) } else { CallNow::default() };
    let services: Vec<_> = if step == Step::Signpost {
        let route = referrals::routing::route(&state.directory, &referrals::facts(draft));
        route.suggestions.iter().filter_map(|s| state.directory.by_slug(s)).cloned().collect()
    } else {
        Vec::new()
    };
    let action = journey::path(step, draft);
    let back = journey::back(step, draft);
    let status = if form.has_errors() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(page
        .with_status(status)
        .render(move || {
            view! {
                <QuestionPage
                    question=question.clone()
                    action=action.clone()
                    back=back.clone()
                    form=form.clone()
                    call=call.clone()
                    services=services.clone()
                />
            }
        })
        .await)
}

pub async fn show(State(state): State<AppState>, page: Page, visitor: Visitor, StepPath(step): StepPath) -> Result {
    show_in(&state, page, &visitor, step, &Via::Web).await
}

/// The visitor's answers in the journey of `kind`: their draft if it is of that journey, otherwise a fresh one
/// (pre-filled for a request, blank for the others), with whether any service can take it worked out.
async fn draft_for(state: &AppState, visitor: &Visitor, kind: JourneyKind) -> Result<Draft> {
    let draft = drafts::answering(&state.db, &state.referral_keys, owner(visitor)).await?;
    let draft = match kind {
        _ if draft.kind == kind => draft,
        JourneyKind::Request => drafts::prefilled(&state.db, &state.referral_keys, owner(visitor).user).await?,
        other => Draft::blank(other),
    };
    Ok(referrals::with_route(&state.directory, draft))
}

/// A page of the journey that sends `via`.
pub(super) async fn show_in(state: &AppState, page: Page, visitor: &Visitor, step: Step, via: &Via) -> Result {
    let draft = draft_for(state, visitor, via.kind()).await?;
    if !journey::reachable(step, &draft) {
        return to_first_unanswered(&draft);
    }
    if step == Step::Check {
        return check_page(state, page, visitor, draft, Form::new(), via).await;
    }
    let form = step.form(&draft);
    question_page(state, page, step, &draft, form).await
}

pub async fn answer(
    State(state): State<AppState>,
    page: Page,
    visitor: Visitor,
    headers: HeaderMap,
    StepPath(step): StepPath,
    LenientForm(pairs): LenientForm<Vec<(String, String)>>,
) -> Result {
    if step == Step::Check {
        return send(state, page, visitor, Answers(pairs)).await;
    }
    answer_in(&state, page, &visitor, &headers, step, Answers(pairs), &Via::Web).await
}

/// Takes the answers to a page of the journey that sends `via`, and goes on to the next page.
pub(super) async fn answer_in(
    state: &AppState,
    page: Page,
    visitor: &Visitor,
    headers: &HeaderMap,
    step: Step,
    answers: Answers,
    via: &Via,
) -> Result {
    let mut draft = draft_for(state, visitor, via.kind()).await?;
    if !journey::reachable(step, &draft) {
        return to_first_unanswered(&draft);
    }
    if let Err(problems) = step.accept(&mut draft, &answers) {
        return question_page(state, page, step, &draft, problems.into_form(problem_text)).await;
    }
    let draft = referrals::with_route(&state.directory, draft);
    let session = owner(visitor).session;
    let now = state.clock.now();
    let token = drafts::save(&state.db, &state.referral_keys, session, &draft, &device_of(headers), now).await?;
    let next = journey::path(journey::next(step, &draft), &draft);
    Ok(redirect_with_cookie(&next, token.as_deref().map(session::cookie)))
}

/// Check your answers, with `form` holding the consent's problem when sending needs correcting.
async fn check_page(
    state: &AppState,
    page: Page,
    visitor: &Visitor,
    mut draft: Draft,
    form: Form,
    via: &Via,
) -> Result {
    let (service, _) = referrals::destination(&state.directory, &draft, via);
    let Some(service) = service.and_then(|slug| state.directory.by_slug(&slug)) else {
        return super::partners::nowhere(state, page, &draft, via).await;
    };
    let service_name = service.name.clone();
    let action = journey::path(Step::Check, &draft);
    let consent = match draft.kind {
        JourneyKind::Request => None,
        JourneyKind::Partner => Some(msg("partners-consent")),
        JourneyKind::Hate => Some(msg("hate-consent")),
    };
    let for_someone = draft.for_someone();
    let back = journey::back(Step::Check, &draft);
    let sections = referrals::summary::sections(&draft);
    let now = state.clock.now();
    drafts::start_review(&state.db, &state.referral_keys, owner(visitor).session, &mut draft, now).await?;
    let status = if form.has_errors() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(page
        .with_status(status)
        .render(move || {
            view! {
                <CheckAnswersPage
                    sections=sections.clone()
                    service_name=service_name.clone()
                    for_someone=for_someone
                    form=form.clone()
                    back=back.clone()
                    action=action.clone()
                    consent=consent.clone()
                />
            }
        })
        .await)
}

async fn send(state: AppState, page: Page, visitor: Visitor, answers: Answers) -> Result {
    let limit = state.config.requests_per_hour;
    send_in(&state, page, &visitor, answers, &Via::Web, limit).await
}

/// Sends the visitor's answers `via` (at most `limit` an hour from one address), then to the confirmation.
pub(super) async fn send_in(
    state: &AppState,
    page: Page,
    visitor: &Visitor,
    answers: Answers,
    via: &Via,
    limit: i64,
) -> Result {
    let kind = via.kind();
    let Some(session) = visitor.session.as_ref().map(|s| s.token_hash.as_slice()) else {
        return Ok(Redirect::to(kind.base()).into_response());
    };
    let draft = draft_for(state, visitor, kind).await?;
    if journey::first_unanswered(&draft) != Step::Check {
        return to_first_unanswered(&draft);
    }
    let now = state.clock.now();
    let done = format!("{}/done", kind.base());
    // The hidden field is filled only by programs that fill every field: pretend all is well, keep nothing.
    if journey::is_trap(&answers) {
        drafts::pretend_sent(&state.db, &state.referral_keys, session, now).await?;
        return Ok(Redirect::to(&done).into_response());
    }
    if !journey::consents(&answers) {
        let form = Form::new().with_error("consent", msg("request-consent-error"));
        return check_page(state, page, visitor, draft, form, via).await;
    }
    let sender = referrals::Sender {
        session,
        referrer_id: visitor.signed_in().map(|(_, u)| u.id),
        address: &visitor.address,
        sends_per_window: limit,
    };
    let (db, keys, directory, holidays) = (&state.db, &state.referral_keys, &state.directory, &state.holidays);
    match referrals::submit_via(db, keys, directory, holidays, &draft, sender, now, via).await? {
        Ok(_) => Ok(Redirect::to(&done).into_response()),
        Err(Refusal::TooMany) => {
            let form = Form::new().keep("consent", YesNo::Yes.as_str()).with_error("consent", msg("request-too-many"));
            check_page(state, page, visitor, draft, form, via).await
        }
        Err(Refusal::NoService) if kind != JourneyKind::Request => {
            super::partners::nowhere(state, page, &draft, via).await
        }
        Err(Refusal::Incomplete | Refusal::NoService) => to_first_unanswered(&draft),
    }
}

pub async fn done(State(state): State<AppState>, page: Page, visitor: Visitor) -> Result {
    let draft = drafts::current(&state.db, &state.referral_keys, owner(&visitor)).await?;
    let Some(sent) = draft.sent else { return Ok(Redirect::to("/request").into_response()) };
    // A honeypot submission has no service: show the same page with the widest-reaching service (the hub),
    // keeping nothing.
    let service = state
        .directory
        .by_slug(&sent.service)
        .or_else(|| state.directory.receiving().max_by_key(|s| (s.areas.len(), s.helps_with.len())))
        .cloned()
        .ok_or_else(|| Error::unavailable("no receiving service"))?;
    let suggestions: Vec<_> = sent.suggestions.iter().filter_map(|s| state.directory.by_slug(s)).cloned().collect();
    let signed_in = visitor.signed_in().is_some();
    let reference = sent.reference;
    Ok(page
        .render(move || {
            view! {
                <RequestDonePage
                    reference=reference.clone()
                    service=service.clone()
                    suggestions=suggestions.clone()
                    signed_in=signed_in
                />
            }
        })
        .await)
}
