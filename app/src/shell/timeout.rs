//! The session timeout warning, after the GOV.UK "timeout warning" pattern: shortly before a signed-in session
//! would end for lack of activity, a dialog offers to stay signed in. Without JavaScript there is no warning;
//! the session simply ends after 30 minutes without a request and the next page says why.

use leptos::prelude::*;

/// Seconds before the end at which the warning appears.
#[cfg(feature = "hydrate")]
const WARN_BEFORE_SECONDS: i64 = 5 * 60;
/// A fresh session's idle allowance, after "stay signed in".
#[cfg(feature = "hydrate")]
const IDLE_SECONDS: i64 = 30 * 60;

#[island]
pub fn SessionTimeout(seconds_left: i64, title: String, body: String, stay: String, leave: String) -> impl IntoView {
    let (open, set_open) = signal(false);
    let stay_button = NodeRef::<leptos::html::Button>::new();

    #[cfg(feature = "hydrate")]
    let schedule = {
        let timers = StoredValue::new_local(Vec::<TimeoutHandle>::new());
        move |seconds: i64| {
            timers.update_value(|handles| {
                for handle in handles.drain(..) {
                    handle.clear();
                }
                let warn = std::time::Duration::from_secs((seconds - WARN_BEFORE_SECONDS).max(0) as u64);
                let show = move || {
                    set_open.set(true);
                    // Focus once the dialog is no longer hidden, so keyboard and screen reader users land on it.
                    request_animation_frame(move || {
                        if let Some(button) = stay_button.get_untracked() {
                            let _ = button.focus();
                        }
                    });
                };
                let end = || {
                    if let Some(window) = web_sys::window() {
                        // The server ends idle sessions itself; telling it now makes sure, then say why.
                        let _ = window.navigator().send_beacon("/sign-out");
                        let _ = window.location().replace("/signed-out?reason=idle");
                    }
                };
                handles.extend(set_timeout_with_handle(show, warn).ok());
                handles
                    .extend(set_timeout_with_handle(end, std::time::Duration::from_secs(seconds.max(0) as u64)).ok());
            });
        }
    };
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| schedule(seconds_left));
    #[cfg(not(feature = "hydrate"))]
    let _ = seconds_left;

    let on_stay = move |_: leptos::ev::MouseEvent| {
        set_open.set(false);
        #[cfg(feature = "hydrate")]
        {
            if let Some(window) = web_sys::window() {
                let _ = window.navigator().send_beacon("/account/keep-alive");
            }
            schedule(IDLE_SECONDS);
        }
    };
    view! {
        <div
            class="wm-timeout"
            role="alertdialog"
            aria-modal="true"
            aria-labelledby="timeout-title"
            aria-describedby="timeout-body"
            hidden=move || !open.get()
        >
            <div class="wm-timeout__dialog">
                <h2 class="wm-heading-m" id="timeout-title">{title}</h2>
                <p class="wm-body" id="timeout-body">{body}</p>
                <button type="button" class="wm-button" node_ref=stay_button on:click=on_stay>{stay}</button>
                <form method="post" action="/sign-out" class="wm-timeout__leave">
                    <button type="submit" class="wm-button wm-button--secondary">{leave}</button>
                </form>
            </div>
        </div>
    }
}
