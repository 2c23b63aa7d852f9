import { detectInterstitial } from './pageKind';

const PROFILE_URL = new URL('https://www.linkedin.com/in/asa-lindqvist-4b1a2c/');
const page = (head: string, body: string) =>
  new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');

describe('detectInterstitial', () => {
  test.each([
    [
      'a "Profile Not Found" title',
      page('<title>Profile Not Found | LinkedIn</title>', '<h1>x</h1>'),
      'not-found',
      'title',
    ],
    [
      'the signed-out not-found headline',
      page(
        '<title>LinkedIn</title>',
        '<h1 class="page-not-found__headline">An exact match for x could not be found.</h1>',
      ),
      'not-found',
      'not-found-headline',
    ],
    [
      'a "This page doesn’t exist" heading',
      page('', '<main><h1>This page doesn’t exist</h1></main>'),
      'not-found',
      'heading',
    ],
    [
      'a "Log In or Sign Up" title',
      page('<title>LinkedIn: Log In or Sign Up</title>', '<h1>Welcome</h1>'),
      'authwall',
      'title',
    ],
    [
      'an authwall page key',
      page('<meta name="pageKey" content="auth_wall_desktop_profile">', '<p>x</p>'),
      'authwall',
      'page-key',
    ],
    [
      'an authwall form',
      page('', '<form class="authwall-join-form__form"><input name="email"></form>'),
      'authwall',
      'authwall-form',
    ],
    [
      'an empty page with a meta refresh',
      page('<meta http-equiv="refresh" content="1;url=https://www.linkedin.com">', ''),
      'blocked',
      'meta-refresh',
    ],
    [
      'an empty page running obfuscated script',
      page('<script>var _0x3f2a1b=["x"];</script>', ''),
      'blocked',
      'obfuscated-script',
    ],
  ])('recognises %s', (_, doc, kind, signal) => {
    expect(detectInterstitial(doc, PROFILE_URL)).toEqual({ kind, signal });
  });

  test('recognises the authwall URL whatever the page shows', () => {
    expect(
      detectInterstitial(page('', '<h1>Åsa Lindqvist</h1>'), new URL('https://www.linkedin.com/authwall?trk=x')),
    ).toEqual({ kind: 'authwall', signal: 'url' });
  });

  test.each([
    [
      'a signed-out public profile with "Join now" and sign-in modals',
      page(
        '<title>Åsa Lindqvist - Head of Sales - Fjällsoft AB | LinkedIn</title><meta name="pageKey" content="public_profile_v3_desktop">',
        '<a data-tracking-control-name="public_profile_nav-header-join" class="join-now">Join now</a><h1 class="top-card-layout__title">Åsa Lindqvist</h1><form class="contextual-sign-in-modal__form"></form>',
      ),
    ],
    ['a page that is only scripts but shows text', page('<meta http-equiv="refresh" content="30">', '<p>Loading…</p>')],
    ['an empty document', page('', '')],
  ])('leaves %s alone', (_, doc) => {
    expect(detectInterstitial(doc, PROFILE_URL)).toBeUndefined();
  });
});
