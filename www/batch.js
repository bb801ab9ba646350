// Several articles at once: speakers across articles, and the same or nearly the same quote
// in several articles grouped as one claim with its appearances (a promise quoted by three
// outlets is one claim, three times). Pure functions of the reports: no DOM, tested in Node.

/** Lowercase words of a claim, without punctuation or quotation marks. */
export function words(text) {
  return text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The set of word pairs (shingles) of a text: near-duplicates share most of them. */
function shingles(text) {
  const w = words(text);
  if (w.length < 2) return new Set(w);
  const out = new Set();
  for (let i = 0; i + 1 < w.length; i++) out.add(`${w[i]} ${w[i + 1]}`);
  return out;
}

/** How much of the shorter text the longer one contains, in [0, 1]: 1 for the same words,
 *  and high when one outlet quotes part of what another quotes in full. */
export function overlap(a, b) {
  const [x, y] = [shingles(a), shingles(b)];
  const smaller = x.size <= y.size ? x : y;
  const larger = smaller === x ? y : x;
  if (smaller.size === 0) return 0;
  let shared = 0;
  for (const s of smaller) if (larger.has(s)) shared += 1;
  return shared / smaller.size;
}

/** Claims this short are too generic to group ("No.", "We will see"). */
const MIN_WORDS = 5;
/** Share of the shorter claim's word pairs found in the longer one to count as the same. */
const SAME = 0.6;

/**
 * Groups near-identical claims across articles.
 * @param {{name: string, report: object}[]} articles
 * @returns {{text: string, speaker: string|null, direct: boolean, appearances: {article: number, claim: number, text: string}[]}[]}
 *   groups with appearances in two or more articles, most-quoted first.
 */
export function groupClaims(articles) {
  const groups = [];
  articles.forEach(({ report }, article) => {
    report.claims.forEach((claim, index) => {
      if (words(claim.text).length < MIN_WORDS) return;
      const speaker = claim.speaker?.canonical ?? null;
      // The same claim: its words overlap, and the speakers do not contradict each other
      // (one outlet may not have named the speaker).
      const group = groups.find((g) => overlap(g.text, claim.text) >= SAME
        && (g.speaker === null || speaker === null || sameSpeaker(g.speaker, speaker)));
      const appearance = { article, claim: index, text: claim.text };
      const direct = claim.kind === 'direct';
      if (group) {
        group.appearances.push(appearance);
        group.speaker ??= speaker;
        // The group reads as the speaker's own words: a direct quote over reported speech,
        // then the fullest wording (in words: a
        // closing stop is not more of the quote).
        if ((direct && !group.direct) || (direct === group.direct && words(claim.text).length > words(group.text).length)) {
          group.text = claim.text;
          group.direct = direct;
        }
      } else {
        groups.push({ text: claim.text, speaker, direct, appearances: [appearance] });
      }
    });
  });
  return groups
    .filter((g) => new Set(g.appearances.map((a) => a.article)).size >= 2)
    .sort((a, b) => b.appearances.length - a.appearances.length);
}

/** "Donald Trump" and "Trump" are the same speaker; "Trump" and "Biden" are not. */
export function sameSpeaker(a, b) {
  const [x, y] = [words(a), words(b)];
  const last = (w) => w[w.length - 1];
  return x.length > 0 && y.length > 0 && last(x) === last(y);
}

/**
 * Speakers across articles, merged by surname as within an article.
 * @returns {{name: string, anonymous: boolean, articles: number[], claims: number}[]} most claims first.
 */
export function speakersAcross(articles) {
  const out = [];
  articles.forEach(({ report }, article) => {
    for (const s of report.speakers) {
      let entry = out.find((e) => !s.anonymous && !e.anonymous && sameSpeaker(e.name, s.canonical));
      if (!entry) {
        entry = { name: s.canonical, anonymous: s.anonymous, articles: [], claims: 0 };
        out.push(entry);
      }
      if (s.canonical.length > entry.name.length) entry.name = s.canonical;
      if (!entry.articles.includes(article)) entry.articles.push(article);
      entry.claims += s.claims.length;
    }
  });
  return out.sort((a, b) => b.articles.length - a.articles.length || b.claims - a.claims);
}
