// The explorer page: the article with every anchored item highlighted where the text states it.
// Bundled by scripts/docs/build-explorer.ts from the built package (dist/), so that the page shows the
// package's own data and formatters, not a copy. No request leaves the page.
import {
  article,
  findStatistics,
  formatNote,
  formatPolicy,
  formatQuote,
  formatStatistic,
  nameOf,
  type Entity,
  type Locale,
  type Policy,
  type Quote,
  type Statistic,
} from 'beijing-digital-economy';
import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
import { explorerItems, KIND_NAMES, LOOKUP, type Item } from './items.js';
import { readHash } from './read-hash.js';

/** The locales the panel formats each item in: English, and Chinese from its module. */
const LOCALES: readonly { readonly tag: string; readonly locale: string | Locale }[] = [
  { tag: 'en', locale: 'en' },
  { tag: zhHans.code, locale: zhHans },
];

/** A text field of the form; the explorer's form has no file inputs. */
const formText = (data: FormData, field: string): string => {
  const value = data.get(field);
  return typeof value === 'string' ? value : '';
};

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

function formattedForms(item: Item, locale: string | Locale): string[] {
  if (item.kind === 'statistic') {
    const s = item.data as Statistic;
    return [
      formatStatistic(s, { locale, style: 'long' }),
      formatStatistic(s, { locale, style: 'short', attribution: false }),
    ];
  }
  if (item.kind === 'quote') return [formatQuote(item.data as Quote, { locale })];
  if (item.kind === 'policy') return [formatPolicy(item.data as Policy, { locale })];
  return [];
}

function renderPanel(panel: HTMLElement, item: Item, anchorKey: string): void {
  const code = item.anchors.find((a) => a.key === anchorKey)?.code ?? LOOKUP[item.kind](item.id);
  const forms = LOCALES.flatMap(({ tag, locale }) =>
    formattedForms(item, locale).map((text) => ({ locale: tag, text })),
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
            `${nameOf(entity.id)} — ${entity.kind}${entity.role ? `, ${entity.role}` : ''}; ${entity.mentions.length} mention${entity.mentions.length === 1 ? '' : 's'}`,
          ),
        ]
      : []),
    ...(item.kind === 'metadata' ? [element('p', { class: 'metadata' }, item.title)] : []),
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
          ...item.notes.map(({ note, field }) =>
            element(
              'li',
              {
                'data-note-kind': note.kind,
                ...(field === undefined ? {} : { 'data-field': field }),
              },
              element('span', { class: `note-kind nk-${note.kind}` }, note.kind),
              ' ',
              ...(field === undefined
                ? []
                : [element('code', { class: 'note-field' }, field), ' ']),
              element('span', { class: 'note-text' }, note.text),
              // The package's Chinese translation of the note, tagged as Chinese.
              element(
                'span',
                { class: 'note-text-zh', lang: zhHans.code, 'data-locale': zhHans.code },
                element('span', { class: 'locale' }, zhHans.code),
                ' ',
                formatNote(note, { locale: zhHans }),
              ),
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
        `import { ${code.replace(/[.(].*$/s, '')} } from 'beijing-digital-economy';\n\n${code};`,
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
  const items = explorerItems(article);
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
  const notice = document.getElementById('notice') as HTMLElement;
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
            : item.notes.some(({ note }) => note.kind === noteKind))) &&
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
    const target = readHash(location.hash, byKey);
    for (const node of document.querySelectorAll('.selected')) node.classList.remove('selected');
    for (const node of document.querySelectorAll('[aria-current]'))
      node.removeAttribute('aria-current');
    notice.hidden = !('problem' in target);
    notice.textContent = 'problem' in target ? target.problem : '';
    if (!notice.hidden) notice.scrollIntoView({ block: 'nearest' });
    if (!('found' in target)) {
      panel.hidden = true;
      panel.replaceChildren();
      return;
    }
    const { item, key } = target.found;
    renderPanel(panel, item, key);
    // On a narrow screen the panel covers the lower part of the text: a way to put it away.
    panel.prepend(element('a', { class: 'close-panel', href: '#' }, 'Close'));
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
