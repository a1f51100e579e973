import { describe, expect, it } from 'vitest';
import { signInPage } from '../../../electron/main/account/sign-in-page';

describe('the page the browser shows after Google sign-in', () => {
  it('tells the user they can close the tab', () => {
    expect(signInPage({ ok: true })).toContain('You are signed in to IntervYou. You can close this tab.');
  });

  it('shows a failure as text, never as markup', () => {
    const page = signInPage({ ok: false, message: '<script>alert(1)</script> & "quotes"' });
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(page).not.toContain('<script>');
  });
});
