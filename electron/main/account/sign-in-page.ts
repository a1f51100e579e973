const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The small page the browser shows when it comes back to the app's loopback listener. */
export function signInPage(outcome: { ok: true } | { ok: false; message: string }): string {
  const title = outcome.ok ? 'You are signed in to IntervYou' : 'Sign-in did not finish';
  const body = outcome.ok
    ? 'You are signed in to IntervYou. You can close this tab.'
    : `${escape(outcome.message)} You can close this tab and try again from IntervYou.`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${title}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:15vh auto;padding:0 1rem;color:#1b1b1f}
@media (prefers-color-scheme:dark){body{background:#17171a;color:#ececf1}}</style></head>
<body><h1>${title}</h1><p>${body}</p></body></html>`;
}
