import { textOf } from '../dom';
import { cleanText } from '../sanitize';
import type { CapturedActivity } from '../types';
import { ACTIVITY } from './selectors';

const MAX_ACTIVITIES = 50;
const DETAIL_LENGTH = 200;
/** LinkedIn's first post ids date from its launch; anything outside this window is not a timestamp. */
const EARLIEST = Date.UTC(2003, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

/**
 * The moment a post was created, from its id: LinkedIn activity, share and ugcPost ids carry
 * a millisecond timestamp in their top 41 bits. Undefined for anything that is not such an id.
 */
export function timeFromActivityId(id: string): string | undefined {
  if (!/^\d{16,20}$/.test(id)) return undefined;
  const ms = Number(BigInt(id) >> 22n);
  return ms >= EARLIEST && ms < LATEST ? new Date(ms).toISOString() : undefined;
}

/**
 * The member's own recent posts shown on their profile. Reposts, likes and comments are not
 * theirs and are skipped, and so is any post whose date cannot be read from its id (relative
 * dates like "2w" need a clock this pure function does not have).
 */
export function readOwnPosts(doc: Document, slug: string | undefined): CapturedActivity[] {
  const posts = new Map<string, CapturedActivity>();
  const memberSection = doc.getElementById(ACTIVITY.memberAnchorId)?.closest('section');
  const found = memberSection ? memberLayoutPosts(memberSection) : publicLayoutPosts(doc, slug);
  for (const post of found) {
    if (posts.size >= MAX_ACTIVITIES) break;
    const at = timeFromActivityId(post.id);
    if (!at || posts.has(post.urn)) continue;
    const detail = cleanText(post.text, DETAIL_LENGTH);
    posts.set(post.urn, { type: 'social-post', at, dedupeKey: post.urn, ...(detail ? { detail } : {}) });
  }
  return [...posts.values()];
}

interface FoundPost {
  urn: string;
  id: string;
  text: string | undefined;
}

/** Member layout: the context line reads "<Name> posted this • 2w" only for the member's own posts. */
function memberLayoutPosts(section: Element): FoundPost[] {
  const found: FoundPost[] = [];
  for (const item of Array.from(section.querySelectorAll(ACTIVITY.memberItem))) {
    if (!/\bposted this\b/i.test(textOf(item.querySelector(ACTIVITY.memberContext)) ?? '')) continue;
    const href = item.querySelector(ACTIVITY.memberLink)?.getAttribute('href')?.slice(0, 2000) ?? '';
    const match = href.match(/urn:li:(activity|ugcPost|share):(\d+)/);
    if (match?.[1] && match[2]) {
      found.push({
        urn: `urn:li:${match[1]}:${match[2]}`,
        id: match[2],
        text: textOf(item.querySelector(ACTIVITY.memberText)),
      });
    }
  }
  return found;
}

/** Public layout: a post is the member's own when its /posts/<author-slug>_... link names them. */
function publicLayoutPosts(doc: Document, slug: string | undefined): FoundPost[] {
  if (!slug) return [];
  const found: FoundPost[] = [];
  for (const item of Array.from(doc.querySelectorAll(ACTIVITY.publicItem))) {
    const href = item.querySelector(ACTIVITY.publicLink)?.getAttribute('href')?.slice(0, 2000) ?? '';
    const match = href.match(/\/posts\/([^/?#_]+)_(?:[^/?#]*-)?activity-(\d+)-/);
    if (!match?.[1] || !match[2] || safeDecode(match[1]).toLowerCase() !== slug.toLowerCase()) continue;
    found.push({
      urn: `urn:li:activity:${match[2]}`,
      id: match[2],
      text: textOf(item.querySelector(ACTIVITY.publicText)),
    });
  }
  return found;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
