//! The "Exit this page" control, after the GOV.UK Design System pattern: it stays at the top of the screen as
//! the page scrolls. Without JavaScript it is a form that posts to `/exit`, which ends any session, clears the
//! site's data and sends the browser on to a neutral website. With JavaScript, pressing it (or Shift three
//! times) blanks the page at once, asks the server to end any session, and replaces the portal in the browser
//! history with the neutral site.
//!
//! The JavaScript is a few hundred bytes written into the page right after the control, so it answers the very
//! first press while the page is still loading, on every page, without waiting for the WebAssembly bundle
//! (which pages without islands do not load at all). Its text never changes, so the Content Security Policy
//! allows it by its hash.

use leptos::prelude::*;

/// Where the exit control sends people: a neutral site that raises no questions on a shared screen.
pub const NEUTRAL_EXIT_URL: &str = "https://www.bbc.co.uk/weather";

/// The control's behaviour with JavaScript: shows the Shift hint, leaves on the button or on three presses of
/// Shift within 5 seconds (any other key starts the count again). No `<` or `&` in it: it is written into the
/// page as it is.
pub fn exit_script() -> String {
    format!(
        r#"(function(){{var href="{NEUTRAL_EXIT_URL}",presses=[];
function leave(){{document.documentElement.classList.add("wm-exiting");document.title="";
try{{navigator.sendBeacon("/exit")}}catch(e){{}}location.replace(href)}}
var form=document.querySelector(".wm-exit-this-page__form"),hint=document.querySelector(".wm-exit-this-page__hint");
if(form)form.addEventListener("submit",function(e){{e.preventDefault();leave()}});
if(hint)hint.hidden=false;
window.addEventListener("keydown",function(e){{if(e.key!=="Shift"||e.repeat){{presses=[];return}}
var now=performance.now();presses=presses.filter(function(t){{return 5000>now-t}});presses.push(now);
if(presses.length>=3){{presses=[];leave()}}}})}})();"#
    )
}

#[component]
pub fn ExitThisPage(label: String, hint: String) -> impl IntoView {
    let region_label = label.clone();
    view! {
        <aside class="wm-exit-this-page" aria-label=region_label>
            <form method="post" action="/exit" class="wm-exit-this-page__form">
                <button type="submit" class="wm-exit-this-page__button">{label}</button>
            </form>
            // The Shift shortcut only exists once the script runs, so its hint is hidden until then.
            <p class="wm-exit-this-page__hint" hidden>{hint}</p>
        </aside>
        <script>{exit_script()}</script>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_script_can_be_written_into_the_page_as_it_is() {
        let script = super::exit_script();
        assert!(!script.contains('<') && !script.contains('&'), "{script}");
        assert!(script.contains(r#"href="https://www.bbc.co.uk/weather""#));
        assert!(script.contains(r#"sendBeacon("/exit")"#));
    }
}
