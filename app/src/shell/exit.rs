//! The "Exit this page" control, after the GOV.UK Design System pattern: it stays at the top of the screen as
//! the page scrolls. Without JavaScript it is a form that posts to `/exit`, which ends any session, clears the
//! site's data and sends the browser on to a neutral website. With JavaScript, pressing it (or Shift three
//! times) blanks the page at once, asks the server to end any session, and replaces the portal in the browser
//! history with the neutral site.

use leptos::prelude::*;

/// Where the exit control sends people: a neutral site that raises no questions on a shared screen.
pub const NEUTRAL_EXIT_URL: &str = "https://www.bbc.co.uk/weather";

/// How long three presses of Shift may take to count as a request to leave, in milliseconds.
#[cfg(feature = "hydrate")]
const SHIFT_WINDOW_MS: f64 = 5000.0;

#[island]
pub fn ExitThisPage(label: String, hint: String, href: String) -> impl IntoView {
    // The Shift shortcut only exists once the island runs, so its hint is hidden until then.
    let (shortcut_ready, set_shortcut_ready) = signal(false);
    #[cfg(feature = "hydrate")]
    {
        let href = href.clone();
        Effect::new(move |_| {
            listen_for_shift(href.clone());
            set_shortcut_ready.set(true);
        });
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = set_shortcut_ready;
    let region_label = label.clone();
    let target = href;
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        exit_now(&target);
    };
    view! {
        <aside class="wm-exit-this-page" aria-label=region_label>
            <form method="post" action="/exit" class="wm-exit-this-page__form" on:submit=on_submit>
                <button type="submit" class="wm-exit-this-page__button">{label}</button>
            </form>
            <p class="wm-exit-this-page__hint" hidden=move || !shortcut_ready.get()>{hint}</p>
        </aside>
    }
}

/// Leaves at once: blanks the page, ends the session on the server, and replaces this page in the history.
#[allow(unused_variables)]
fn exit_now(href: &str) {
    #[cfg(feature = "hydrate")]
    {
        let Some(window) = web_sys::window() else { return };
        if let Some(document) = window.document() {
            if let Some(root) = document.document_element() {
                let _ = root.class_list().add_1("wm-exiting");
            }
            document.set_title("");
        }
        let _ = window.navigator().send_beacon("/exit");
        let _ = window.location().replace(href);
    }
}

#[cfg(feature = "hydrate")]
fn listen_for_shift(href: String) {
    use std::{cell::RefCell, rc::Rc};
    let presses: Rc<RefCell<Vec<f64>>> = Rc::new(RefCell::new(Vec::new()));
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "Shift" || ev.repeat() {
            presses.borrow_mut().clear();
            return;
        }
        let now = js_sys_now();
        let mut presses = presses.borrow_mut();
        presses.retain(|t| now - t < SHIFT_WINDOW_MS);
        presses.push(now);
        if presses.len() >= 3 {
            presses.clear();
            exit_now(&href);
        }
    });
    // The listener lives as long as the page.
    std::mem::forget(handle);
}

#[cfg(feature = "hydrate")]
fn js_sys_now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}
