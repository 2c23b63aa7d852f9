import type { RawFields } from '../collect';
import { readEmbeddedJson } from '../embeddedJson';
import { asList, asObject, asString, isObject, type JsonObject } from '../json';
import { normalizeProfileUrl } from '../linkedin/urls';
import { sameName } from '../names';

const SALES_PROFILE = 'urn:li:fs_salesProfile:(';

function fullName(profile: JsonObject): string | undefined {
  return (
    asString(profile.fullName) ??
    ([asString(profile.firstName), asString(profile.lastName)].filter(Boolean).join(' ') || undefined)
  );
}

/**
 * The lead's fields from the embedded salesApiProfiles response. The page also embeds the
 * signed-in seat holder (salesApiNavChrome `member`), so a profile is only taken when its urn
 * holds the lead id from the URL or, failing that, its name is the top card's and it is not
 * the viewer.
 */
export function readSalesApiProfile(
  doc: Document,
  leadId: string | undefined,
  topCardName: string | undefined,
): RawFields {
  const viewers = new Set<string>();
  const profiles: JsonObject[] = [];
  for (const block of readEmbeddedJson(doc, [SALES_PROFILE])) {
    const data = asObject(block.data);
    if (!data) continue;
    for (const viewer of [data.member, asObject(data.memberResolutionResult)?.entityUrn]) {
      if (typeof viewer === 'string') viewers.add(viewer);
    }
    for (const item of [data, ...asList(data.elements).filter(isObject)]) {
      if (asString(item.entityUrn)?.startsWith(SALES_PROFILE) && fullName(item)) profiles.push(item);
    }
  }
  const lead =
    profiles.find((p) => leadId !== undefined && asString(p.entityUrn)?.startsWith(`${SALES_PROFILE}${leadId},`)) ??
    profiles.find((p) => !viewers.has(asString(p.entityUrn) ?? '') && sameName(fullName(p), topCardName));
  if (!lead) return {};
  const position =
    asObject(lead.defaultPosition) ??
    asList(lead.positions)
      .map(asObject)
      .find((p) => p?.current === true);
  return {
    name: fullName(lead),
    headline: asString(lead.headline),
    title: asString(position?.title),
    company: asString(position?.companyName),
    location: asString(lead.location),
    industry: asString(lead.industry),
    linkedinUrl: normalizeProfileUrl(asString(lead.flagshipProfileUrl)),
  };
}
