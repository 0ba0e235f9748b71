// The explorer page: the article with every anchored item highlighted where the text states it.
// Bundled by scripts/build-explorer.ts from the built package (dist/), so that the page shows the
// package's own data and formatters, not a copy. No request leaves the page.
import {
  article,
  findNotes,
  findStatistics,
  formatPolicy,
  formatQuote,
  formatStatistic,
  type Entity,
  type Note,
  type Policy,
  type Quote,
  type Statistic,
  type TextAnchor,
} from 'beijing-digital-economy';

type Kind = 'statistic' | 'quote' | 'policy' | 'entity';

/** One item of the article the page can open. */
interface Item {
  readonly kind: Kind;
  readonly id: string;
  readonly data: Statistic | Quote | Policy | Entity;
  /** Every place the text states it: `key` is the anchor's deep link (`statistic/<id>`, `entity/<id>/2`). */
  readonly anchors: readonly { readonly key: string; readonly anchor: TextAnchor }[];
  readonly notes: readonly Note[];
  /** The words shown in the list. */
  readonly title: string;
}

const KIND_NAMES: Record<Kind, string> = {
  statistic: 'Statistic',
  quote: 'Quote',
  policy: 'Policy',
  entity: 'Entity',
};
const LOOKUP: Record<Kind, string> = {
  statistic: 'getStatistic',
  quote: 'getQuote',
  policy: 'getPolicy',
  entity: 'getEntity',
};
const LOCALES = ['en', 'zh-CN'] as const;

/** A text field of the form; the explorer's form has no file inputs. */
const formText = (data: FormData, field: string): string => {
  const value = data.get(field);
  return typeof value === 'string' ? value : '';
};

const name = (id: string) => article.entities.find((e) => e.id === id)?.name ?? id;

function collectItems(): Item[] {
  // Every note through the package's own query, so the page shows exactly what findNotes gives.
  const notesByItem = new Map<string, Note[]>();
  for (const { item, note } of findNotes())
    notesByItem.set(`${item.kind}/${item.id}`, [
      ...(notesByItem.get(`${item.kind}/${item.id}`) ?? []),
      note,
    ]);
  const notesOf = (kind: string, id: string): readonly Note[] =>
    notesByItem.get(`${kind}/${id}`) ?? [];
  const statistics = article.statistics.map((s): Item => ({
    kind: 'statistic',
    id: s.id,
    data: s,
    anchors: [s.source.anchor, ...(s.restatedAt ?? [])].map((anchor, i) => ({
      key: `statistic/${s.id}${i === 0 ? '' : `/${i + 1}`}`,
      anchor,
    })),
    notes: notesOf('statistic', s.id),
    title: `${s.label}: ${s.statedAs}`,
  }));
  const quotes = article.quotes.map((q): Item => ({
    kind: 'quote',
    id: q.id,
    data: q,
    anchors: [{ key: `quote/${q.id}`, anchor: q.anchor }],
    notes: notesOf('quote', q.id),
    title: `${name(q.speaker)}: ${q.text}`,
  }));
  const policies = article.policies.map((p): Item => ({
    kind: 'policy',
    id: p.id,
    data: p,
    anchors: [{ key: `policy/${p.id}`, anchor: p.anchor }],
    notes: notesOf('policy', p.id),
    title: p.title,
  }));
  const entities = article.entities.map((e): Item => ({
    kind: 'entity',
    id: e.id,
    data: e,
    anchors: e.mentions.map((anchor, i) => ({ key: `entity/${e.id}/${i + 1}`, anchor })),
    notes: notesOf('entity', e.id),
    title: `${e.name} (${e.kind})`,
  }));
  return [...statistics, ...quotes, ...policies, ...entities];
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

interface Span {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly item: Item;
}

/**
 * The paragraph's text with a nested element per anchor. Anchors that cross (none do today) are
 * split into fragments; each fragment carries the anchor's key, so a range from the first
 * fragment to the last holds exactly the anchored words.
 */
function renderRange(
  container: HTMLElement,
  text: string,
  from: number,
  to: number,
  spans: readonly Span[],
): void {
  const inside = spans
    .filter((s) => s.start < to && s.end > from)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const cuts = [
    ...new Set([
      from,
      to,
      ...inside.flatMap((s) => [s.start, s.end]).filter((p) => p > from && p < to),
    ]),
  ].sort((a, b) => a - b);
  const stack: { span: Span; node: HTMLElement }[] = [];
  const opened = new Set<string>();
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    const covering = inside.filter((s) => s.start <= start && s.end >= end);
    let keep = 0;
    while (keep < stack.length && keep < covering.length && stack[keep]?.span === covering[keep])
      keep += 1;
    stack.length = keep;
    for (const span of covering.slice(keep)) {
      const node = element('span', {
        class: `hl k-${span.item.kind}`,
        'data-anchor': span.key,
        'data-item': `${span.item.kind}/${span.item.id}`,
      });
      if (!opened.has(span.key)) {
        opened.add(span.key);
        // The keyboard's way in: an empty link (no text, so the article's text stays exact).
        const label = `${KIND_NAMES[span.item.kind]}: ${span.item.title}`;
        node.append(
          element('a', {
            class: 'handle',
            href: `#${span.key}`,
            'aria-label': label,
            'data-anchor': span.key,
          }),
        );
      }
      (stack.at(-1)?.node ?? container).append(node);
      stack.push({ span, node });
    }
    (stack.at(-1)?.node ?? container).append(text.slice(start, end));
  }
}

const PARAGRAPH_TAGS = {
  section: 'p',
  headline: 'h2',
  lead: 'p',
  body: 'p',
  credits: 'p',
  boilerplate: 'p',
} as const;

function renderArticle(container: HTMLElement, spans: readonly Span[]): void {
  const { text } = article;
  let position = 0;
  let boilerplate: HTMLElement | undefined;
  for (const paragraph of article.paragraphs) {
    // The separators between paragraphs are kept as text, so the element's textContent is the source.
    const gap = text.slice(position, paragraph.start);
    const node = element(PARAGRAPH_TAGS[paragraph.role], {
      class: `para role-${paragraph.role}`,
      'data-paragraph': paragraph.id,
    });
    renderRange(node, text, paragraph.start, paragraph.end, spans);
    if (paragraph.role === 'boilerplate') {
      if (boilerplate === undefined) {
        boilerplate = element('div', {
          class: 'boilerplate',
          role: 'note',
          'aria-label': 'Site boilerplate, not part of the article',
        });
        container.append(gap, boilerplate);
      } else boilerplate.append(gap);
      boilerplate.append(node);
    } else container.append(gap, node);
    position = paragraph.end;
  }
  (boilerplate ?? container).append(text.slice(position));
}

function formattedForms(item: Item, locale: string): string[] {
  if (item.kind === 'statistic') {
    const s = item.data as Statistic;
    const attribution = name(s.source.attributedTo);
    return [
      formatStatistic(s, { locale, style: 'long', attribution }),
      formatStatistic(s, { locale, style: 'short' }),
    ];
  }
  if (item.kind === 'quote')
    return [
      formatQuote(item.data as Quote, { locale, speaker: name((item.data as Quote).speaker) }),
    ];
  if (item.kind === 'policy')
    return [
      formatPolicy(item.data as Policy, {
        locale,
        issuers: (item.data as Policy).issuedBy.map(name),
      }),
    ];
  return [];
}

function renderPanel(panel: HTMLElement, item: Item, anchorKey: string): void {
  const code = `${LOOKUP[item.kind]}('${item.id}')${item.kind === 'entity' && anchorKey.split('/').length === 3 ? `.mentions[${Number(anchorKey.split('/')[2]) - 1}]` : ''}`;
  const forms = LOCALES.flatMap((locale) =>
    formattedForms(item, locale).map((text) => ({ locale, text })),
  );
  const entity = item.kind === 'entity' ? (item.data as Entity) : undefined;
  panel.replaceChildren(
    element(
      'h2',
      { id: 'panel-title' },
      element('span', { class: `badge k-${item.kind}` }, KIND_NAMES[item.kind]),
      ' ',
      element('code', { class: 'item-id' }, item.id),
    ),
    ...(entity
      ? [
          element(
            'p',
            { class: 'entity' },
            `${entity.name} — ${entity.kind}${entity.role ? `, ${entity.role}` : ''}; ${entity.mentions.length} mention${entity.mentions.length === 1 ? '' : 's'}`,
          ),
        ]
      : []),
    ...(forms.length > 0
      ? [
          element('h3', {}, 'Formatted'),
          element(
            'ul',
            { class: 'forms' },
            ...forms.map(({ locale, text }) =>
              element(
                'li',
                { lang: locale, 'data-locale': locale },
                element('span', { class: 'locale' }, locale),
                ' ',
                element('span', { class: 'form' }, text),
              ),
            ),
          ),
        ]
      : []),
    element('h3', {}, 'Notes'),
    item.notes.length === 0
      ? element('p', { class: 'no-notes' }, 'None.')
      : element(
          'ul',
          { class: 'notes' },
          ...item.notes.map((n) =>
            element(
              'li',
              { 'data-note-kind': n.kind },
              element('span', { class: `note-kind nk-${n.kind}` }, n.kind),
              ' ',
              element('span', { class: 'note-text' }, n.text),
            ),
          ),
        ),
    element('h3', {}, 'Code'),
    element(
      'pre',
      { class: 'code' },
      element(
        'code',
        {},
        `import { ${LOOKUP[item.kind]} } from 'beijing-digital-economy';\n\n${code};`,
      ),
    ),
    element('h3', {}, 'JSON'),
    element(
      'pre',
      { class: 'json', tabindex: '0', 'aria-label': `${item.id} as JSON` },
      JSON.stringify(item.data, null, 2),
    ),
  );
  panel.hidden = false;
}

function matchesText(item: Item, words: string, statisticIds: ReadonlySet<string>): boolean {
  if (words === '') return true;
  if (item.kind === 'statistic') return statisticIds.has(item.id);
  const normalise = (value: string) => value.toLowerCase().replace(/[‘’ʼ]/g, "'");
  const data = item.data as {
    readonly text?: string;
    readonly title?: string;
    readonly name?: string;
    readonly aliases?: readonly string[];
  };
  return [item.title, data.text, data.title, data.name, ...(data.aliases ?? [])].some(
    (field) => field !== undefined && normalise(field).includes(normalise(words)),
  );
}

function start(): void {
  const items = collectItems();
  const byKey = new Map<string, { item: Item; key: string }>();
  for (const item of items) {
    byKey.set(`${item.kind}/${item.id}`, { item, key: item.anchors[0]?.key ?? '' });
    for (const { key } of item.anchors) byKey.set(key, { item, key });
  }
  const spans: Span[] = items.flatMap((item) =>
    item.anchors.map(({ key, anchor }) => ({ start: anchor.start, end: anchor.end, key, item })),
  );
  const text = document.getElementById('article') as HTMLElement;
  const panel = document.getElementById('panel') as HTMLElement;
  const list = document.getElementById('items') as HTMLElement;
  const count = document.getElementById('count') as HTMLElement;
  const form = document.getElementById('filters') as HTMLFormElement;
  renderArticle(text, spans);

  const entries = items.map((item) => {
    const link = element(
      'a',
      { href: `#${item.kind}/${item.id}`, 'data-item': `${item.kind}/${item.id}` },
      element('span', { class: `badge k-${item.kind}` }, KIND_NAMES[item.kind]),
      ' ',
      item.title,
    );
    const entry = element('li', {}, link);
    list.append(entry);
    return { item, entry };
  });

  const filter = () => {
    const data = new FormData(form);
    const kinds = new Set(data.getAll('kind'));
    const noteKind = formText(data, 'note');
    const words = formText(data, 'text').trim();
    const statisticIds = new Set(
      findStatistics(words === '' ? {} : { text: words }).map((s) => s.id),
    );
    let shown = 0;
    for (const { item, entry } of entries) {
      const visible =
        kinds.has(item.kind) &&
        (noteKind === '' ||
          (noteKind === 'any'
            ? item.notes.length > 0
            : item.notes.some((n) => n.kind === noteKind))) &&
        matchesText(item, words, statisticIds);
      entry.hidden = !visible;
      if (visible) shown += 1;
      for (const node of text.querySelectorAll<HTMLElement>(
        `.hl[data-item="${item.kind}/${item.id}"]`,
      ))
        node.classList.toggle('dim', !visible);
    }
    count.textContent = `${shown} of ${items.length} items`;
  };
  form.addEventListener('input', filter);
  form.addEventListener('submit', (event) => event.preventDefault());
  filter();

  const open = () => {
    const found = byKey.get(decodeURIComponent(location.hash.slice(1)));
    for (const node of document.querySelectorAll('.selected')) node.classList.remove('selected');
    for (const node of document.querySelectorAll('[aria-current]'))
      node.removeAttribute('aria-current');
    if (found === undefined) {
      panel.hidden = true;
      return;
    }
    const { item, key } = found;
    renderPanel(panel, item, key);
    for (const node of text.querySelectorAll(`.hl[data-item="${item.kind}/${item.id}"]`))
      node.classList.add('selected');
    list
      .querySelector(`a[data-item="${item.kind}/${item.id}"]`)
      ?.setAttribute('aria-current', 'true');
    const first = text.querySelector(`.hl[data-anchor="${key}"]`);
    first?.scrollIntoView({ block: 'nearest' });
  };
  window.addEventListener('hashchange', open);
  // A click on highlighted words opens the innermost item there; its link is the keyboard's way.
  text.addEventListener('click', (event) => {
    const target =
      event.target instanceof Element ? event.target.closest<HTMLElement>('.hl') : null;
    if (target === null || (event.target as Element).closest('a') !== null) return;
    location.hash = `#${target.dataset.anchor ?? ''}`;
  });
  open();
}

start();
