//! For partner organisations' workers: the professionals' journey, `/refer/{step}` (the request journey's pages
//! in their own order, with who the worker is and the person's recorded agreement first), sent only to a
//! service their organisation may refer to, and `/refer/done`. The [`Partner`] extractor authorises first:
//! anyone who is not a worker of an organisation that is not disabled is answered as if the page did not exist.
//! The worker sees the neutral status of the referrals they made on their account page.

use super::{
    error::{Error, Result},
    form::LenientForm,
    page::Page,
    requests::{answer_in, send_in, show_in, StepPath},
    visitor::{SignedIn, Visitor},
};
use crate::{
    organisations::store::{self, Membership},
    referrals::{
        self,
        draft::Draft,
        drafts::{self, Owner},
        journey::{self, Answers, Step},
        Via,
    },
    AppState,
};
use app::{
    i18n::msg,
    models::partners::JourneyKind,
    pages::partners::{NotAllowedPage, SentPage},
};
use axum::{
    extract::{FromRequestParts, State},
    response::{IntoResponse, Redirect},
    routing::get,
    Router,
};
use http::{request::Parts, HeaderMap};
use leptos::prelude::*;

/// How many referrals one address may send in an hour from the professionals' journey (an office shares one).
pub const SENDS_PER_HOUR: i64 = 60;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/refer", get(start))
        .route("/refer/done", get(done))
        .route("/refer/{step}", get(show).post(answer))
}

/// A signed-in worker of a partner organisation that is not disabled.
pub struct Partner {
    pub me: SignedIn,
    pub membership: Membership,
}

impl Partner {
    fn via(&self) -> Via {
        Via::Partner {
            organisation_id: self.membership.organisation_id,
            organisation: self.membership.name.clone(),
            allowed: self.membership.services.clone(),
        }
    }
}

impl FromRequestParts<AppState> for Partner {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Error> {
        let me = SignedIn::from_request_parts(parts, state).await?;
        // A worker is a staff account without a staff role, with a membership (migration 0017).
        if !me.user.role.is_staff() || me.user.staff_role.is_some() {
            return Err(Error::NotFound);
        }
        let membership = store::membership(&state.db, me.user.id).await?.ok_or(Error::NotFound)?;
        Ok(Partner { me, membership })
    }
}

pub async fn start(_: Partner) -> Result {
    Ok(Redirect::to(&Step::Professional.path_in(JourneyKind::Partner)).into_response())
}

pub async fn show(
    State(state): State<AppState>,
    page: Page,
    visitor: Visitor,
    partner: Partner,
    StepPath(step): StepPath,
) -> Result {
    show_in(&state, page, &visitor, step, &partner.via()).await
}

pub async fn answer(
    State(state): State<AppState>,
    page: Page,
    visitor: Visitor,
    partner: Partner,
    headers: HeaderMap,
    StepPath(step): StepPath,
    LenientForm(pairs): LenientForm<Vec<(String, String)>>,
) -> Result {
    let via = partner.via();
    if step == Step::Check {
        return send_in(&state, page, &visitor, Answers(pairs), &via, SENDS_PER_HOUR).await;
    }
    answer_in(&state, page, &visitor, &headers, step, Answers(pairs), &via).await
}

/// No service may receive what was answered: for a partner, the service it would go to is not one their
/// organisation may refer to (said plainly, with the services the person can contact themselves); nothing is
/// sent. A hate incident report with no reporting service in the directory cannot be taken at all.
pub async fn nowhere(state: &AppState, page: Page, draft: &Draft, via: &Via) -> Result {
    let Via::Partner { organisation_id, .. } = via else {
        if let Via::Hate { .. } = via {
            return Err(Error::unavailable("no hate incident reporting service"));
        }
        return Ok(Redirect::to(&journey::path(journey::first_unanswered(draft), draft)).into_response());
    };
    let route = referrals::routing::route(&state.directory, &referrals::facts(draft));
    let service = route.service.and_then(|s| state.directory.by_slug(&s)).map(|s| s.name.clone());
    let mut suggestions: Vec<_> =
        route.suggestions.iter().filter_map(|s| state.directory.by_slug(s)).cloned().collect();
    let to_call: Vec<_> =
        state.directory.to_call_now().into_iter().filter(|s| !suggestions.iter().any(|o| o.slug == s.slug)).collect();
    suggestions.extend(to_call);
    let organisation = store::organisation_name(&state.db, *organisation_id).await?.unwrap_or_default();
    let back = journey::path(Step::Check, draft);
    Ok(page
        .render(move || {
            view! {
                <NotAllowedPage
                    service=service.clone()
                    organisation=organisation.clone()
                    suggestions=suggestions.clone()
                    back=back.clone()
                />
            }
        })
        .await)
}

pub async fn done(State(state): State<AppState>, page: Page, visitor: Visitor, _: Partner) -> Result {
    let owner = Owner { session: visitor.session.as_ref().map(|s| s.token_hash.as_slice()), user: None };
    let draft = drafts::current(&state.db, &state.referral_keys, owner).await?;
    let Some(sent) = draft.sent else { return Ok(Redirect::to("/refer").into_response()) };
    let service = state.directory.by_slug(&sent.service).map(|s| s.name.clone()).unwrap_or_default();
    let next = vec![msg("partners-done-next").with("service", service), msg("partners-done-status")];
    let links = vec![
        ("/account".to_string(), msg("partners-done-account")),
        ("/refer".to_string(), msg("partners-done-another")),
    ];
    let reference = sent.reference;
    Ok(page
        .render(move || {
            view! { <SentPage title=msg("partners-done-title") reference=reference.clone() next=next.clone() links=links.clone()/> }
        })
        .await)
}
