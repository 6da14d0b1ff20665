/** How far apart two reports of the same talks can be (days). */
export const NEGOTIATION_WINDOW_DAYS = 30;

const STOP = new Set(['the', 'a', 'an', 'of', 'on', 'and', 'for', 'to', 'in', 'new', 'talks']);
const words = (topic: string | null | undefined) => new Set((topic ?? '').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2 && !STOP.has(w)));

// Topics agree when one is unknown or they share a content word ("release of prisoners" and
// "prisoner release" share "release").
/** Do two topics name the same talks? */
export function sameTopic(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = words(a);
  const y = words(b);
  return x.size === 0 || y.size === 0 || [...x].some((w) => y.has(w));
}

/** What the graph knows of one negotiation when a new report of talks is matched against it. */
export interface KnownNegotiation {
  id: string;
  parties: string[];
  topic: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const daysApart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/** Could a report published at `publishedAt` be about these talks? Either date unknown, or the last or first report within the window. */
export function withinWindow(n: KnownNegotiation, publishedAt: string): boolean {
  if (!ISO_DATE.test(publishedAt) || !ISO_DATE.test(n.lastSeen ?? '')) return true;
  if (daysApart(n.lastSeen!, publishedAt) <= NEGOTIATION_WINDOW_DAYS) return true;
  return ISO_DATE.test(n.firstSeen ?? '') && daysApart(n.firstSeen!, publishedAt) <= NEGOTIATION_WINDOW_DAYS;
}
