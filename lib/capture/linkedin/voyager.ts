import type { RawFields } from '../collect';
import { toCountryCode } from '../country';
import { readEmbeddedJson } from '../embeddedJson';
import { asList, asObject, asString, isObject, type JsonObject } from '../json';
import { sameName } from '../names';
import { profileUrlFromSlug } from './urls';

const PROFILE_URN = /^urn:li:fsd?_(?:profile|miniProfile):([^,()]+)$/;
/** Requests whose responses describe the signed-in viewer, not the profile on screen. */
const VIEWER_REQUEST = /\/voyager\/api\/me\b|GlobalNav/i;

interface Entities {
  byUrn: Map<string, JsonObject>;
  /** Profile entities (dash Profile, MiniProfile) grouped by member id. */
  profiles: Map<string, JsonObject[]>;
  positions: JsonObject[];
  viewerIds: Set<string>;
}

/**
 * The viewed member's fields from the logged-in page's embedded voyager JSON. That JSON also
 * describes the signed-in viewer, so a profile is only taken when it matches the URL (public
 * identifier or member id) or, failing that, the name in the top card, and is not the viewer.
 */
export function readVoyagerProfile(
  doc: Document,
  slug: string | undefined,
  topCardName: string | undefined,
): RawFields {
  const entities = collectEntities(doc);
  const id = pickProfile(entities, slug, topCardName);
  const versions = id ? (entities.profiles.get(id) ?? []) : [];
  if (!id || versions.length === 0) return {};
  const pick = (key: string) => versions.map((e) => asString(e[key])).find(Boolean);
  const geo = versions.map((e) => entities.byUrn.get(asString(asObject(e.geoLocation)?.['*geo']) ?? '')).find(Boolean);
  const countryGeo = entities.byUrn.get(asString(geo?.['*country']) ?? '');
  const position = currentPosition(entities.positions, id);
  const publicIdentifier = pick('publicIdentifier');
  return {
    name: [pick('firstName'), pick('lastName')].filter(Boolean).join(' '),
    headline: pick('headline') ?? pick('occupation'),
    location: asString(geo?.defaultLocalizedName) ?? pick('locationName') ?? pick('geoLocationName'),
    country:
      toCountryCode(asString(countryGeo?.defaultLocalizedName)) ??
      toCountryCode(versions.map((e) => asString(asObject(e.location)?.countryCode)).find(Boolean)),
    title: asString(position?.title),
    company: asString(position?.companyName),
    linkedinUrl: publicIdentifier ? profileUrlFromSlug(publicIdentifier) : undefined,
  };
}

function collectEntities(doc: Document): Entities {
  const entities: Entities = { byUrn: new Map(), profiles: new Map(), positions: [], viewerIds: new Set() };
  for (const block of readEmbeddedJson(doc, ['"publicIdentifier"', 'identity.profile.Position'])) {
    const response = asObject(block.data);
    const fromViewerRequest = VIEWER_REQUEST.test(block.request ?? '');
    const me = asObject(response?.data);
    if (asString(me?.$type)?.endsWith('.Me')) addViewer(entities, asString(me?.['*miniProfile']));
    for (const entity of asList(response?.included).filter(isObject)) {
      const urn = asString(entity.entityUrn);
      if (!urn) continue;
      entities.byUrn.set(urn, entity);
      if (asString(entity.$type)?.endsWith('.Position')) entities.positions.push(entity);
      const id = urn.match(PROFILE_URN)?.[1];
      if (!id) continue;
      if (fromViewerRequest) entities.viewerIds.add(id);
      entities.profiles.set(id, [...(entities.profiles.get(id) ?? []), entity]);
    }
  }
  return entities;
}

function addViewer(entities: Entities, urn: string | undefined): void {
  const id = urn?.match(PROFILE_URN)?.[1];
  if (id) entities.viewerIds.add(id);
}

function pickProfile(
  entities: Entities,
  slug: string | undefined,
  topCardName: string | undefined,
): string | undefined {
  const wanted = slug?.toLowerCase();
  const all = Array.from(entities.profiles);
  const bySlug = all.find(
    ([id, versions]) =>
      wanted !== undefined &&
      (id.toLowerCase() === wanted || versions.some((e) => asString(e.publicIdentifier)?.toLowerCase() === wanted)),
  );
  if (bySlug) return bySlug[0];
  if (!topCardName) return undefined;
  const byName = all.find(
    ([id, versions]) =>
      !entities.viewerIds.has(id) &&
      versions.some((e) => sameName(`${asString(e.firstName) ?? ''} ${asString(e.lastName) ?? ''}`, topCardName)),
  );
  return byName?.[0];
}

/** The member's first position without an end date (positions' urns embed the member id). */
function currentPosition(positions: readonly JsonObject[], memberId: string): JsonObject | undefined {
  return positions.find((p) => asString(p.entityUrn)?.includes(`(${memberId},`) && asObject(p.dateRange)?.end == null);
}
