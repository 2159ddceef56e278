/**
 * IANA time zones for the preferences picker. The browser's own list (`Intl.supportedValuesOf`)
 * is used where it exists; the zone the browser runs in and the saved one are always offered, even
 * when that list lacks them (an alias such as Asia/Calcutta, or an old browser with no list).
 */

const FALLBACK_ZONE = 'UTC';

/** The zone this browser runs in, e.g. Europe/Berlin (UTC when it cannot tell). */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || FALLBACK_ZONE;
  } catch {
    return FALLBACK_ZONE;
  }
}

function supportedZones(): string[] {
  try {
    return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  } catch {
    return [];
  }
}

/** "UTC+05:30" for a zone at the given instant; "" when the browser cannot format it. */
export function utcOffset(zone: string, at: Date = new Date()): string {
  try {
    const part = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
    if (!part) return '';
    return part === 'GMT' ? 'UTC+00:00' : part.replace('GMT', 'UTC');
  } catch {
    return '';
  }
}

export type ZoneOption = { value: string; label: string };

/** Every zone once, sorted by name, labelled with its current offset from UTC. */
export function timeZoneOptions(
  extra: ReadonlyArray<string | null | undefined> = [],
): ZoneOption[] {
  const names = new Set(supportedZones());
  names.add(FALLBACK_ZONE);
  for (const zone of extra) if (zone) names.add(zone);
  const now = new Date();
  return [...names]
    .sort((a, b) => a.localeCompare(b))
    .map((value) => {
      const offset = utcOffset(value, now);
      return { value, label: offset ? `${value.replace(/_/g, ' ')} (${offset})` : value };
    });
}
