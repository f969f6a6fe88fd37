// Plain JavaScript: svelte.config.js reads it (for the prerender entries and the start-up script's CSP hash) before
// any TypeScript is compiled; the browser reads it too, so it imports nothing.

/** The views prerendered with their frame in every language, each at `/<lang><path>` (English: `<path>` alone). */
export const localizedViews = [
	'/',
	'/gaps',
	'/country',
	'/mentorship',
	'/roi',
	'/report',
	'/data',
	'/methods'
];

/** The languages that have an address prefix: every one but the base language, English. */
export const prefixedLocales = ['fr', 'es', 'pt'];

/** Every prerendered language address, for the build's crawler. */
export const localizedEntries = prefixedLocales.flatMap((locale) =>
	localizedViews.map(
		(path) => /** @type {`/${string}`} */ (path === '/' ? `/${locale}` : `/${locale}${path}`)
	)
);

/**
 * Runs in the head before anything paints: when the language the app would choose (the address's `?lang=`, else the
 * address's prefix, else the stored choice, else the browser's languages, as src/lib/i18n orders them) is not the
 * language this page was prerendered in, it goes to the same view's address in that language, so a returning French
 * user sees no English first: the page is hidden meanwhile, as the parser goes on until the next page arrives. Kept
 * short and self-contained: it is inlined and allowed by its hash.
 */
export const languageRedirectScript = `(function(){try{var l=location,p=l.pathname,k=['en','fr','es','pt'],
m=/^\\/(fr|es|pt)(?=\\/|$)/.exec(p),h=m?m[1]:'en',w=new URLSearchParams(l.search).get('lang'),n=navigator.languages||[],i;
function ok(v){return typeof v==='string'&&k.indexOf(v.toLowerCase())>=0?v.toLowerCase():null}
w=ok(w);if(!w){if(m)return;try{w=ok(localStorage.getItem('PARAGLIDE_LOCALE'))}catch(e){}}
for(i=0;!w&&i<n.length;i++)w=ok(n[i])||ok(n[i].split('-')[0]);
if(!w||w===h)return;var b=m?p.slice(3)||'/':p,d=document.documentElement.style;d.display='none';
try{l.replace((w==='en'?b:'/'+w+(b==='/'?'':b))+l.search+l.hash)}catch(e){d.display=''}}catch(e){}})()`.replace(
	/\n/g,
	''
);
