((js, wasm, atOnce) => {
	// Written into the page as it is: no less-than signs or ampersands in this file.
	const islands = Array.from(document.querySelectorAll("leptos-island"));
	if (!islands.length) return;
	const scriptOnly = document.querySelectorAll("[data-wm-script-only]");
	const show = (on) => scriptOnly.forEach((el) => { el.hidden = !on; });
	const wakes = ["pointerdown", "focusin", "keydown"];
	const inIsland = (e) => e.target instanceof Element ? e.target.closest("leptos-island") : null;
	let loading = null, ready = false, pending = null;

	async function hydrateIsland(el, mod) {
		const island = mod[el.dataset.component];
		if (island) await island(el);
	}
	// Every island and every island inside one, in document order, as Leptos' own loader does (no island here
	// takes children, so its children callbacks are not needed).
	async function hydrateIslands(node, mod) {
		if (node.tagName === "LEPTOS-ISLAND") await hydrateIsland(node, mod);
		for (const child of Array.from(node.children)) await hydrateIslands(child, mod);
	}
	function quiet() {
		wakes.forEach((t) => document.removeEventListener(t, wake, true));
		document.removeEventListener("click", hold, true);
	}
	// What a reader pressed before the bundle was ready is pressed again once it is (or, if it cannot load,
	// does what it does without JavaScript: a link opens, the parts that need a script hide again).
	function done(ok) {
		ready = true;
		quiet();
		if (!ok) show(false);
		const again = pending;
		pending = null;
		if (again) again.click();
	}
	function load() {
		if (!loading) {
			loading = import(js)
				.then((mod) => mod.default({ module_or_path: wasm }).then(() => { mod.hydrate(); return hydrateIslands(document.body, mod); }))
				.then(() => done(true), () => done(false));
		}
	}
	function wake(e) { if (inIsland(e)) load(); }
	function hold(e) {
		if (ready) return;
		if (!inIsland(e)) return;
		e.preventDefault();
		e.stopPropagation();
		pending = e.target.closest("a, button, input, select, textarea, summary, label") || e.target;
		load();
	}

	show(true);
	wakes.forEach((t) => document.addEventListener(t, wake, true));
	document.addEventListener("click", hold, true);
	if (islands.some((el) => atOnce.some((name) => (el.dataset.component || "").startsWith(name + "_")))) load();
})
