//! The interactive parts of guides: paced breathing (animated with JavaScript, with written steps for
//! everyone), 5-4-3-2-1 grounding, reflection prompts and checklists.

use crate::components::{Button, ButtonKind, Textarea};
use crate::forms::Form;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The words the breathing animation shows, in the reader's language.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BreathingWords {
    pub start: String,
    pub stop: String,
    pub breathe_in: String,
    pub hold: String,
    pub breathe_out: String,
    pub ready: String,
}

/// Seconds for each phase: in, hold, out (a longer breath out calms the body).
#[cfg(feature = "hydrate")]
const PHASES: [(u8, u64); 3] = [(1, 4), (2, 2), (3, 6)];

/// The animated breathing guide. It is drawn hidden and marked as needing a script, so without JavaScript
/// readers see only the written steps; with it, the islands' loader shows it at once and loads the bundle when
/// it is first pressed (see `shell::islands`). With `prefers-reduced-motion` the circle stays still and only
/// the words change.
#[island]
pub fn BreathingAnimation(words: BreathingWords) -> impl IntoView {
    let (running, set_running) = signal(false);
    // 0 waiting, 1 in, 2 hold, 3 out.
    let (phase, set_phase) = signal(0u8);
    #[cfg(feature = "hydrate")]
    let timer = StoredValue::new_local(None::<TimeoutHandle>);
    #[cfg(feature = "hydrate")]
    fn schedule(
        index: usize,
        set_phase: WriteSignal<u8>,
        running: ReadSignal<bool>,
        timer: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    ) {
        let (p, seconds) = PHASES[index % PHASES.len()];
        set_phase.set(p);
        let handle = set_timeout_with_handle(
            move || {
                if running.get_untracked() {
                    schedule(index + 1, set_phase, running, timer);
                }
            },
            std::time::Duration::from_secs(seconds),
        )
        // A browser that refuses a timer leaves the exercise at this phase; there is no one to tell.
        .ok();
        timer.set_value(handle);
    }
    let toggle = move |_| {
        let now_running = !running.get_untracked();
        set_running.set(now_running);
        #[cfg(feature = "hydrate")]
        {
            if let Some(h) = timer.get_value() {
                h.clear();
            }
            if now_running {
                schedule(0, set_phase, running, timer);
            } else {
                set_phase.set(0);
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (now_running, set_phase);
    };
    let words_cue = words.clone();
    let cue = move || match phase.get() {
        1 => words_cue.breathe_in.clone(),
        2 => words_cue.hold.clone(),
        3 => words_cue.breathe_out.clone(),
        _ => words_cue.ready.clone(),
    };
    let (start, stop) = (words.start.clone(), words.stop.clone());
    view! {
        <div class="wm-breathing" hidden=true data-wm-script-only="">
            <div class="wm-breathing__stage" aria-hidden="true">
                <div class="wm-breathing__circle" data-phase=move || phase.get().to_string()></div>
            </div>
            <p class="wm-breathing__cue" aria-live="polite">{cue}</p>
            <button type="button" class="wm-button wm-button--secondary" aria-pressed=move || running.get().to_string() on:click=toggle>
                {move || if running.get() { stop.clone() } else { start.clone() }}
            </button>
        </div>
    }
}

/// Paced breathing: the animation where it can run, and the written steps always.
#[component]
pub fn Breathing(intro: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let words = BreathingWords {
        start: i18n.t("breathing-start"),
        stop: i18n.t("breathing-stop"),
        breathe_in: i18n.t("breathing-in"),
        hold: i18n.t("breathing-hold"),
        breathe_out: i18n.t("breathing-out"),
        ready: i18n.t("breathing-ready"),
    };
    view! {
        <section class="wm-activity" aria-labelledby="breathing-title">
            <h3 class="wm-heading-s wm-activity__title" id="breathing-title">{i18n.t("breathing-title")}</h3>
            {intro.map(|html| view! { <div class="wm-prose" inner_html=html></div> })}
            <BreathingAnimation words=words/>
            <ol class="wm-list wm-list--number">
                <li>{i18n.t("breathing-step-1")}</li>
                <li>{i18n.t("breathing-step-2")}</li>
                <li>{i18n.t("breathing-step-3")}</li>
                <li>{i18n.t("breathing-step-4")}</li>
            </ol>
        </section>
    }
}

/// The 5-4-3-2-1 grounding exercise, for moments of panic or strong memories.
#[component]
pub fn Grounding(intro: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="wm-activity" aria-labelledby="grounding-title">
            <h3 class="wm-heading-s wm-activity__title" id="grounding-title">{i18n.t("grounding-title")}</h3>
            {intro.map(|html| view! { <div class="wm-prose" inner_html=html></div> })}
            <p class="wm-body">{i18n.t("grounding-lead")}</p>
            <ol class="wm-grounding">
                <li class="wm-grounding__item"><span class="wm-grounding__number">{i18n.digits("5")}</span>{i18n.t("grounding-see")}</li>
                <li class="wm-grounding__item"><span class="wm-grounding__number">{i18n.digits("4")}</span>{i18n.t("grounding-feel")}</li>
                <li class="wm-grounding__item"><span class="wm-grounding__number">{i18n.digits("3")}</span>{i18n.t("grounding-hear")}</li>
                <li class="wm-grounding__item"><span class="wm-grounding__number">{i18n.digits("2")}</span>{i18n.t("grounding-smell")}</li>
                <li class="wm-grounding__item"><span class="wm-grounding__number">{i18n.digits("1")}</span>{i18n.t("grounding-taste")}</li>
            </ol>
            <p class="wm-body">{i18n.t("grounding-after")}</p>
        </section>
    }
}

/// A question to reflect on. Signed-in readers can save an answer to their diary; others are told they can.
#[component]
pub fn Reflect(question: String, action: String, signed_in: bool) -> impl IntoView {
    let i18n = use_i18n();
    let body = if signed_in {
        view! {
            <form method="post" action=action novalidate>
                <Textarea name="reflection" label=question.clone() form=Form::new() rows=4/>
                <Button text=i18n.t("reflect-save") kind=ButtonKind::Secondary/>
            </form>
        }
        .into_any()
    } else {
        view! {
            <p class="wm-body wm-reflect__question">{question.clone()}</p>
            <p class="wm-hint">{i18n.t("reflect-sign-in")}</p>
        }
        .into_any()
    };
    view! {
        <section class="wm-activity wm-reflect">
            <h3 class="wm-heading-s wm-activity__title">{i18n.t("reflect-title")}</h3>
            {body}
        </section>
    }
}

/// Things to tick off. Signed-in readers can save their ticks; other readers' ticks are kept nowhere.
#[component]
pub fn Checklist(index: usize, items: Vec<String>, ticks: Vec<bool>, action: String, signed_in: bool) -> impl IntoView {
    let i18n = use_i18n();
    let boxes = items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let id = format!("checklist-{index}-{i}");
            let checked = ticks.get(i).copied().unwrap_or(false);
            view! {
                <div class="wm-checkboxes__item">
                    <input class="wm-checkboxes__input" id=id.clone() name="done" type="checkbox" value=i.to_string() checked=checked/>
                    <label class="wm-label wm-checkboxes__label" for=id>{item}</label>
                </div>
            }
        })
        .collect_view();
    let legend = i18n.t("checklist-title");
    let inner = view! {
        <fieldset class="wm-fieldset">
            <legend class="wm-fieldset__legend">{legend}</legend>
            <div class="wm-checkboxes">{boxes}</div>
        </fieldset>
    };
    let body = if signed_in {
        view! {
            <form method="post" action=action>
                {inner}
                <Button text=i18n.t("checklist-save") kind=ButtonKind::Secondary/>
            </form>
        }
        .into_any()
    } else {
        view! {
            {inner}
            <p class="wm-hint">{i18n.t("checklist-sign-in")}</p>
        }
        .into_any()
    };
    view! { <section class="wm-activity wm-checklist">{body}</section> }
}
