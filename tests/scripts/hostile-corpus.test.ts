import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capitalise } from '../../model/message-text.js';
import { xmlSafe } from '../../src/export/xml-text.js';
import {
  centreBody,
  type LoadOutcome,
  loadInto,
  openWidgetSession,
  type PageWatch,
  type Route,
  type TestServer,
  type WidgetSession,
  widgetPage,
} from './built-widget.js';

/*
 * Other people's files, at their worst, handed to the built widget by URL on a page with no
 * Content-Security-Policy: nothing there would stop a payload that got into the DOM, so a
 * payload that runs sets the page's canary (window.__canary), and one that calls alert() opens a
 * dialog. Each case says what must happen: the model is drawn, with its text shown as text
 * everywhere (panel, outline, search, timeline, SVG export), or it is refused with a message
 * naming the place. Never a page error, never a dialog, never "Loading…" for ever.
 */

/** What every payload would run, were it run: it sets the page's canary. */
const RUN = "window.__canary='ran'";

/** A model whose every text field (title, names, kind, quotes, notes, a relation type's labels) says `text`. */
function everywhere(text: string) {
  return {
    title: text,
    source: { title: text, url: 'https://example.org/source', date: '2023-04-04' },
    relationTypes: { 'works-with': { label: text, inverseLabel: text, chainOfCommand: false, symmetric: true } },
    entities: [
      {
        id: 'top',
        name: text,
        acronym: text,
        kind: text,
        location: text,
        description: text,
        evidence: [text],
        note: text,
        since: '2001',
      },
      { id: 'below', name: `Below ${text}`, kind: 'body', since: '2005' },
      { id: 'beside', name: 'Beside', kind: 'body' },
    ],
    relations: [
      { source: 'top', target: 'below', type: 'oversees', evidence: text, note: text, since: '2005' },
      { source: 'top', target: 'beside', type: 'works-with', evidence: text },
    ],
  };
}

/** A one-body model whose source has the URL `url`, and whose body quotes it as evidence. */
function sourced(url: string) {
  return {
    title: 'Sourced',
    source: { title: 'The page', url },
    entities: [{ id: 'a', name: 'A body', kind: 'body', evidence: [url] }],
    relations: [],
  };
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

/**
 * What a case is served as: a body with a content type, or a route that answers as it likes; or,
 * for a src that is hostile itself, nothing, the src given as it is.
 */
type Served = { body: string | Uint8Array; type?: string; status?: number } | { route: Route } | { src: string };

/** A case the widget must draw. */
interface Drawn {
  ready: { entities: number; relations: number };
  /** The body to select; its details heading must read `heading` exactly. */
  select?: string;
  heading?: string;
  /** Texts the widget must show, each exactly as written, somewhere in its panels. */
  shows?: string[];
  /** A text the bodies' tooltips in the SVG export must include one of, exactly (after XML's own replacements). */
  svgTitle?: string;
  /** The source line of the SVG export, exactly (after XML's own replacements). */
  svgSource?: string;
  /** The hrefs of the links the details panel shows, exactly. */
  links?: string[];
  /** Run the reader-facing checks of a hostile label (search, outline, timeline) with this text. */
  label?: string;
  /** How long it may take, in milliseconds (default 10 s). */
  within?: number;
}

/** A case the widget must refuse: the message, and the places the box must name. */
interface Refused {
  error: RegExp;
  /** Besides the file, which every problem names. */
  places: (string | RegExp)[];
}

type Case = { name: string; served: Served } & (Drawn | Refused);

const isDrawn = (c: Case): c is Case & Drawn => 'ready' in c;

// ---------------------------------------------------------------------------------------------
// Hostile labels: each payload in every text field of a small model.

const LABELS: [name: string, text: string][] = [
  ['an <img> with onerror', `<img src=x onerror="${RUN}">`],
  ['a <script> element', `<script>${RUN}</script>`],
  ['an attribute break-out', `"><svg onload="${RUN}"><a href="javascript:${RUN}">x</a>`],
  ['a template-injection payload', `{{constructor.constructor("${RUN}")()}}`],
  ['a template-literal payload', `\${${RUN}}\`\${alert(1)}\``],
  ['markup aimed at the SVG export', `</title></text></svg><script>${RUN}</script><![CDATA[x]]>`],
  ['character references', '&lt;b&gt; &amp; &#x3C;i&#x3E; &quot;'],
  [
    'a right-to-left override and zero-width characters',
    '\u202Eexe.tnemucod\u202C a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf \u2066x\u2069',
  ],
  ['emoji, flags and joined sequences', '🏛️ Ministry 👩🏽‍⚖️ of 🇪🇺 Justice 🧑‍💻'],
  ['control characters and a lone surrogate', 'Bell\u0007 nul\u0000 esc\u001b[31m lone\uD800 end'],
  ['line breaks and tabs', 'Line one\nLine two\r\nLine three\tafter a tab'],
  // Long, though within any limit a reader would call reasonable for a name.
  ['500 characters in words', 'Directorate of '.repeat(34).slice(0, 500)],
  ['500 characters in one word', 'W'.repeat(500)],
];

const labelCases: Case[] = LABELS.map(([name, text]) => ({
  name: `a label that is ${name}`,
  served: { body: json(everywhere(text)), type: 'application/json' },
  ready: { entities: 3, relations: 2 },
  select: 'top',
  heading: text,
  shows: [text, `Below ${text}`],
  svgTitle: text,
  svgSource: `Source: ${text} (2023-04-04), https://example.org/source`,
  links: ['https://example.org/source'],
  label: text,
}));

// ---------------------------------------------------------------------------------------------
// URLs: only http, https and mailto become links; everything else stays text.

const HOSTILE_URLS: string[] = [
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  `   javascript:${RUN}`,
  `\t\tjavascript:${RUN}`,
  `\u0001\u0002\u001fjavascript:${RUN}`,
  `java\nscript:${RUN}`,
  `java\tscr\ript:${RUN}`,
  `\u00a0javascript:${RUN}`,
  `&#106;avascript:${RUN}`,
  `&#x6A;&#x61;vascript:${RUN}`,
  `javascript&colon;${RUN}`,
  `%6Aavascript:${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19jYW5hcnk9J3Jhbic8L3NjcmlwdD4=',
  'vbscript:msgbox(1)',
  'VBScript:MsgBox(1)',
  'file:///etc/passwd',
  '//evil.example/page',
  '/relative/page',
  'about:blank',
];

const urlCases: Case[] = [
  ...HOSTILE_URLS.map(
    (url): Case => ({
      name: `the source URL ${JSON.stringify(url)}, as text only`,
      served: { body: json(sourced(url)), type: 'application/json' },
      ready: { entities: 1, relations: 0 },
      select: 'a',
      heading: 'A body',
      shows: [url],
      links: [],
      svgSource: `Source: The page, ${url}`,
    }),
  ),
  ...[
    ['https://example.org/page', 'https://example.org/page'],
    ['HTTP://EXAMPLE.ORG/A B', 'http://example.org/A%20B'],
    ['  https://example.org/trimmed  ', 'https://example.org/trimmed'],
    ['mailto:office@example.org', 'mailto:office@example.org'],
  ].map(
    ([url, href]): Case => ({
      name: `the source URL ${JSON.stringify(url)}, as a link to ${href}`,
      served: { body: json(sourced(url!)), type: 'application/json' },
      ready: { entities: 1, relations: 0 },
      select: 'a',
      links: [href!],
    }),
  ),
];

// ---------------------------------------------------------------------------------------------
// Ids that are names of Object.prototype's members.

const body = (id: string, name = `Body ${id}`) => ({ id, name, kind: 'body' });

const idCases: Case[] = [
  {
    name: 'bodies named constructor, tostring, hasownproperty, valueof and prototype',
    served: {
      body: json({
        title: 'Prototype names',
        entities: ['constructor', 'tostring', 'hasownproperty', 'valueof', 'prototype'].map((id) => body(id)),
        relations: [
          { source: 'constructor', target: 'tostring', type: 'oversees' },
          { source: 'constructor', target: 'hasownproperty', type: 'oversees' },
          { source: 'hasownproperty', target: 'valueof', type: 'oversees' },
          { source: 'valueof', target: 'prototype', type: 'cooperates-with' },
        ],
      }),
      type: 'application/json',
    },
    ready: { entities: 5, relations: 4 },
    select: 'valueof',
    heading: 'Body valueof',
    shows: ['Body constructor', 'Body hasownproperty', 'Body prototype'],
    svgTitle: 'Body constructor',
  },
  {
    name: 'relations with the ids __proto__, constructor, toString and hasOwnProperty',
    served: {
      body: json({
        title: 'Prototype relation ids',
        entities: ['a', 'b', 'c', 'd', 'e'].map((id) => body(id)),
        relations: [
          { id: '__proto__', source: 'a', target: 'b', type: 'oversees' },
          { id: 'constructor', source: 'a', target: 'c', type: 'oversees' },
          { id: 'toString', source: 'c', target: 'd', type: 'oversees' },
          { id: 'hasOwnProperty', source: 'd', target: 'e', type: 'supports' },
        ],
      }),
      type: 'application/json',
    },
    ready: { entities: 5, relations: 4 },
    select: 'd',
    heading: 'Body d',
    shows: ['Body c', 'Body e'],
  },
  {
    name: 'a relation type declared as constructor',
    served: {
      body: json({
        title: 'Declared',
        relationTypes: { constructor: { label: 'builds', chainOfCommand: true } },
        entities: [body('a'), body('b')],
        relations: [{ source: 'a', target: 'b', type: 'constructor' }],
      }),
      type: 'application/json',
    },
    ready: { entities: 2, relations: 1 },
    select: 'b',
    shows: ['Body a'],
  },
  {
    name: 'bodies with the ids __proto__, toString and constructor, which are ids like any other',
    served: {
      body: json({
        title: 'Proto',
        entities: [body('__proto__'), body('toString'), body('constructor')],
        relations: [
          { source: '__proto__', target: 'toString', type: 'oversees', evidence: 'x' },
          { source: '__proto__', target: 'constructor', type: 'oversees', evidence: 'x' },
        ],
      }),
      type: 'application/json',
    },
    ready: { entities: 3, relations: 2 },
    select: 'toString',
    heading: 'Body toString',
    shows: ['Body __proto__'],
    svgTitle: 'Body toString',
  },
  {
    name: 'a relation of the undeclared type constructor',
    served: {
      body: json({
        title: 'Undeclared',
        entities: [body('a'), body('b')],
        relations: [{ source: 'a', target: 'b', type: 'constructor' }],
      }),
      type: 'application/json',
    },
    error: /unknown relation type "constructor"/,
    places: ['/relations/0/type'],
  },
  {
    name: 'a relation type declared as __proto__',
    served: {
      body: '{"title":"T","relationTypes":{"__proto__":{"label":"x","chainOfCommand":false}},"entities":[],"relations":[]}',
      type: 'application/json',
    },
    error: /"__proto__" is not a kebab-case type name/,
    places: ['/relationTypes/__proto__', 'line 1, column 31'],
  },
  {
    name: 'a body with a __proto__ field',
    served: {
      body: '{"title":"T","entities":[{"id":"a","name":"A","kind":"body","__proto__":{"name":"polluted"}}],"relations":[]}',
      type: 'application/json',
    },
    error: /unknown property "__proto__"/,
    places: ['/entities/0', 'line 1, column 61'],
  },
  {
    name: 'a CSV org chart with the ids __proto__, constructor and toString',
    served: {
      body: 'id,parentId,name\n__proto__,,Prototype office\nconstructor,__proto__,Constructor unit\ntoString,constructor,String desk\n',
      type: 'text/csv',
    },
    ready: { entities: 3, relations: 2 },
    // Kept as written.
    select: 'toString',
    heading: 'String desk',
    shows: ['Prototype office', 'Constructor unit'],
    svgTitle: 'String desk',
  },
];

// ---------------------------------------------------------------------------------------------
// Shapes: very wide, and lattices.

const WIDE = 2000;
const LEVELS = 8;
const PER_LEVEL = 4;

function lattice() {
  const entities = [];
  const relations = [];
  for (let level = 0; level < LEVELS; level++) {
    for (let i = 0; i < PER_LEVEL; i++) {
      entities.push(body(`l${level}-${i}`, `Level ${level} body ${i}`));
      if (level === 0) continue;
      // Two superiors each, from the level above.
      for (const up of [i, (i + 1) % PER_LEVEL]) {
        relations.push({ source: `l${level - 1}-${up}`, target: `l${level}-${i}`, type: 'oversees' });
      }
    }
  }
  return { title: 'Lattice', entities, relations };
}

const shapeCases: Case[] = [
  {
    name: `one superior with ${WIDE.toLocaleString('en')} subordinates`,
    served: {
      body: json({
        title: 'Wide',
        entities: [
          body('top', 'The top'),
          ...Array.from({ length: WIDE }, (_, i) => body(`s${i}`, `Subordinate ${i}`)),
        ],
        relations: Array.from({ length: WIDE }, (_, i) => ({ source: 'top', target: `s${i}`, type: 'oversees' })),
      }),
      type: 'application/json',
    },
    ready: { entities: WIDE + 1, relations: WIDE },
    // The top opens collapsed (COLLAPSE_ABOVE); selecting its last subordinate draws them all.
    select: `s${WIDE - 1}`,
    heading: `Subordinate ${WIDE - 1}`,
    shows: ['The top'],
    svgTitle: `Subordinate ${WIDE - 2}`,
    within: 20_000,
  },
  {
    name: `a lattice ${LEVELS} levels deep, every body with two superiors`,
    served: { body: json(lattice()), type: 'application/json' },
    ready: { entities: LEVELS * PER_LEVEL, relations: (LEVELS - 1) * PER_LEVEL * 2 },
    select: `l${LEVELS - 1}-0`,
    heading: `Level ${LEVELS - 1} body 0`,
    shows: ['More chains of command run through shared superiors'],
    svgTitle: 'Level 0 body 3',
  },
];

// ---------------------------------------------------------------------------------------------
// Files that are broken, or never arrive whole.

const VALID = json(everywhere('Valid'));

/** Answers with a length, sends `sent` bytes of `text`, then cuts the connection. */
const cutAfter =
  (text: string, sent: number, withLength: boolean): Route =>
  (_, response) => {
    const bytes = Buffer.from(text);
    response.writeHead(200, {
      'content-type': 'application/json',
      ...(withLength ? { 'content-length': bytes.length } : {}),
    });
    response.write(bytes.subarray(0, sent), () => setTimeout(() => response.socket?.destroy(), 50));
  };

const brokenCases: Case[] = [
  {
    name: 'a src that is a javascript: URL',
    served: { src: `javascript:${RUN};alert(1)` },
    error: /^could not be fetched: the network request failed/,
    places: [],
  },
  {
    name: 'a src that is a data: URL of a web page with a script',
    served: { src: `data:text/html,<script>${RUN}</script>` },
    error: /^is served as "text\/html"/,
    places: [],
  },
  {
    name: 'a src with markup in its query, not found',
    served: { src: `/missing.json?q=<img src=x onerror="${RUN}">` },
    error: /^could not be fetched: the server answered 404 \(not found\)\.$/,
    places: [],
  },
  {
    name: 'JSON cut off mid-way',
    served: { body: VALID.slice(0, Math.floor(VALID.length * 0.6)), type: 'application/json' },
    error: /^invalid JSON: /,
    places: [/line \d+, column \d+/],
  },
  {
    name: 'an empty JSON file',
    served: { body: '', type: 'application/json' },
    error: /^invalid JSON: the file is empty$/,
    places: ['line 1, column 1'],
  },
  {
    name: 'a JSON file of blanks',
    served: { body: ' \n\t\r\n ', type: 'application/json' },
    error: /^invalid JSON: the file is empty$/,
    places: ['line 3'],
  },
  { name: 'an empty CSV file', served: { body: '', type: 'text/csv' }, error: /^the file is empty$/, places: [] },
  {
    name: 'a web page served as JSON',
    served: { body: '<!doctype html>\n<html><body><h1>Sign in</h1></body></html>', type: 'application/json' },
    error: /^invalid JSON: unexpected text "<!doctype"/,
    places: ['line 1, column 1'],
  },
  {
    name: 'a web page served as a web page',
    served: { body: '<!doctype html><p>Sign in</p>', type: 'text/html; charset=utf-8' },
    error: /^was not found \(the server sent a web page instead\)/,
    places: [],
  },
  {
    name: 'a 404',
    served: { body: 'Not here', type: 'text/plain', status: 404 },
    error: /answered 404 \(not found\)/,
    places: [],
  },
  {
    name: 'a 500',
    served: { body: '{"error":"boom"}', type: 'application/json', status: 500 },
    error: /answered 500 \(Internal Server Error\)/,
    places: [],
  },
  {
    name: 'a download cut mid-way, its length announced',
    served: { route: cutAfter(VALID, 300, true) },
    error: /download was cut off/,
    places: [],
  },
  {
    name: 'a download cut mid-way, its length not announced',
    served: { route: cutAfter(VALID, 300, false) },
    error: /download was cut off/,
    places: [],
  },
  {
    name: 'a connection dropped before any answer',
    served: { route: (request) => request.socket.destroy() },
    error: /could not be fetched: the network request failed/,
    places: [],
  },
  {
    name: 'a redirect to itself, for ever',
    served: { route: (request, response) => response.writeHead(302, { location: request.url ?? '/' }).end() },
    error: /could not be fetched/,
    places: [],
  },
  {
    // An array of objects is an org chart's rows (d3-org-chart, BALKAN); one of numbers is neither.
    name: 'JSON that is an array of numbers',
    served: { body: '[1, 2]', type: 'application/json' },
    error: /^expected each item of the array to be an object \(a row such as /,
    places: ['row 1'],
  },
  {
    name: 'JSON that is null',
    served: { body: 'null', type: 'application/json' },
    error: /^expected an object, got null$/,
    places: ['line 1, column 1'],
  },
  {
    name: 'JSON nested 100,000 arrays deep',
    served: { body: `${'['.repeat(100_000)}${']'.repeat(100_000)}`, type: 'application/json' },
    error: /^invalid JSON: nested more than \d+ levels deep$/,
    places: [/line 1, column \d+/],
  },
  {
    name: 'a PNG image served as octet-stream',
    served: {
      body: Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'),
      type: 'application/octet-stream',
    },
    error: /^invalid JSON: unexpected text "‰PNG"/,
    places: ['line 1, column 1'],
  },
  {
    name: 'a model whose every field has the wrong type',
    served: {
      body: json({ title: 7, source: 'x', entities: { id: 'a' }, relations: [null, 1, 'x'], relationTypes: [] }),
      type: 'application/json',
    },
    error: /expected a string, got a number/,
    places: ['/title', '/source', '/relationTypes', '/entities', '/relations/0', '/relations/2', 'line 2, column 12'],
  },
];

// ---------------------------------------------------------------------------------------------
// Encodings spreadsheets and editors save in.

const ACCENTED = 'Ministère – Straße €';
const ENCODED_MODEL = json({
  title: ACCENTED,
  entities: [body('a', 'Café Œuvre'), body('b', 'Zoë’s office')],
  relations: [{ source: 'a', target: 'b', type: 'oversees' }],
});

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

const withBom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);

/** The characters Windows-1252 puts at 0x80 to 0x9F that these files use; its other bytes are Latin-1's. */
const WINDOWS_1252_EXTRA: Record<string, number> = { '€': 0x80, Œ: 0x8c, '’': 0x92, '–': 0x96, œ: 0x9c };

/** Windows-1252 bytes of `text` (every character of it must be in that code page). */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (character) => {
    const byte = WINDOWS_1252_EXTRA[character] ?? character.charCodeAt(0);
    if (byte > 0xff || (byte >= 0x80 && byte <= 0x9f && !(character in WINDOWS_1252_EXTRA))) {
      throw new Error(`${character} is not in this table of Windows-1252`);
    }
    return byte;
  });
}

const CSV_1252 = 'id,parentId,name,kind\nm,,Ministère de l’Économie,ministry\nc,m,Cellule « Œuvre » – 5 €,team\n';
const CSV_MIXED =
  'id,parentId,name\r\nm,,Ministry\nc,m,Cyber unit\rp,m,Policy unit\r\nr,c,Response team\na,m,Audit office';

const encodingCases: Case[] = [
  ...(
    [
      ['UTF-8 with a byte order mark', withBom(ENCODED_MODEL)],
      ['UTF-16 LE with a byte order mark', utf16(ENCODED_MODEL, true)],
      ['UTF-16 BE with a byte order mark', utf16(ENCODED_MODEL, false)],
      ['Windows-1252, the € and ’ included', windows1252(ENCODED_MODEL)],
    ] as const
  ).map(
    ([encoding, bytes]): Case => ({
      name: `a JSON model in ${encoding}`,
      served: { body: bytes, type: 'application/json' },
      ready: { entities: 2, relations: 1 },
      select: 'b',
      heading: 'Zoë’s office',
      shows: [ACCENTED, 'Café Œuvre'],
      svgTitle: 'Café Œuvre',
    }),
  ),
  {
    name: 'a CSV org chart in UTF-8 with a byte order mark',
    served: { body: withBom(CSV_1252), type: 'text/csv' },
    ready: { entities: 2, relations: 1 },
    select: 'c',
    heading: 'Cellule « Œuvre » – 5 €',
    shows: ['Ministère de l’Économie'],
  },
  {
    name: 'a CSV org chart in UTF-16 LE with a byte order mark',
    served: { body: utf16(CSV_1252, true), type: 'text/csv' },
    ready: { entities: 2, relations: 1 },
    select: 'c',
    heading: 'Cellule « Œuvre » – 5 €',
  },
  {
    name: 'a CSV org chart in Windows-1252',
    served: { body: windows1252(CSV_1252), type: 'text/csv' },
    ready: { entities: 2, relations: 1 },
    select: 'c',
    heading: 'Cellule « Œuvre » – 5 €',
    shows: ['Ministère de l’Économie'],
    svgTitle: 'Ministère de l’Économie',
  },
  {
    name: 'a CSV org chart with CRLF, LF and CR line ends mixed',
    served: { body: CSV_MIXED, type: 'text/csv' },
    ready: { entities: 5, relations: 4 },
    select: 'c',
    heading: 'Cyber unit',
    shows: ['Response team', 'Ministry'],
  },
  {
    name: 'a JSON model in UTF-16 LE without a byte order mark',
    served: { body: utf16(ENCODED_MODEL, true).subarray(2), type: 'application/json' },
    error: /^invalid JSON: unexpected text "\\u0000"/,
    places: ['line 1, column 2'],
  },
];

// ---------------------------------------------------------------------------------------------

let session: WidgetSession;
let server: TestServer;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  session = await openWidgetSession(
    (server) => {
      server.serve('/', 'text/html', widgetPage('<h1>Other people’s files</h1>', { title: 'Hostile corpus' }));
    },
    { viewport: { width: 1280, height: 800 } },
  );
  ({ server, page, watch } = session);
}, 120_000);

afterAll(() => session?.close());

let served = 0;

/** Serves the case at a new path and loads it into a new widget. */
async function load(c: Case): Promise<{ src: string; outcome: LoadOutcome }> {
  if ('src' in c.served) {
    const outcome = await loadInto(page, c.served.src);
    return { src: c.served.src, outcome };
  }
  const src = `/corpus/${++served}${'body' in c.served && c.served.type === 'text/csv' ? '.csv' : '.json'}`;
  if ('route' in c.served) server.route(src, c.served.route);
  else server.serve(src, c.served.type ?? '', c.served.body, c.served.status);
  const outcome = await loadInto(page, src, { timeout: isDrawn(c) ? (c.within ?? 10_000) : 10_000 });
  return { src, outcome };
}

/**
 * What a case may never do, whatever its outcome: run a payload, open a dialog, throw, or put
 * markup, a handler or a link other than http, https and mailto anywhere in the widget.
 */
async function expectNothingRan(): Promise<void> {
  const found = await page.evaluate(() => {
    const el = document.getElementById('w')!;
    const problems: string[] = [];
    const links: string[] = [];
    const visit = (root: ParentNode) => {
      for (const node of root.querySelectorAll('*')) {
        if (/^(script|img|iframe|frame|object|embed|foreignobject|image|use)$/i.test(node.localName)) {
          problems.push(`<${node.localName}>`);
        }
        for (const attribute of node.attributes) {
          if (/^on/i.test(attribute.name)) problems.push(`${node.localName} ${attribute.name}`);
        }
        if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) links.push(node.href);
        if (node.shadowRoot) visit(node.shadowRoot);
      }
    };
    if (el.shadowRoot) visit(el.shadowRoot);
    const canary = (window as unknown as { __canary?: unknown }).__canary;
    delete (window as unknown as { __canary?: unknown }).__canary;
    return { problems, links, canary: canary === undefined ? null : String(canary) };
  });
  expect(found.canary).toBeNull();
  expect(found.problems).toEqual([]);
  expect(found.links.filter((href) => !/^(https?|mailto):/.test(href))).toEqual([]);
  expect(watch.dialogs).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
}

/** Selects `id`, opens the details tab, and returns its heading and the links it shows. */
async function details(id: string) {
  return page.evaluate(async (id) => {
    const el = document.getElementById('w') as HTMLElementTagNameMap['governance-graph'];
    el.select(id);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('#tab-details')!.click();
    await el.updateComplete;
    const panel = el.shadowRoot!.querySelector('gov-details')!;
    await panel.updateComplete;
    const root = panel.shadowRoot!;
    return {
      heading: root.querySelector('h2')?.textContent ?? null,
      links: [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
    };
  }, id);
}

/** Whether each text appears, exactly as written, in the widget's own text (header, panels, the outline open). */
async function widgetShows(texts: string[]): Promise<boolean[]> {
  await page.locator('#w #tab-outline').click();
  return page.evaluate(async (texts) => {
    const el = document.getElementById('w') as HTMLElementTagNameMap['governance-graph'];
    await el.updateComplete;
    await el.shadowRoot!.querySelector('gov-outline')!.updateComplete;
    const parts: string[] = [];
    const visit = (root: ParentNode) => {
      for (const node of root.querySelectorAll('*')) {
        if (node.shadowRoot) {
          parts.push(node.shadowRoot.textContent ?? '');
          visit(node.shadowRoot);
        }
      }
    };
    parts.push(el.shadowRoot!.textContent ?? '');
    visit(el.shadowRoot!);
    const all = parts.join('\n');
    return texts.map((text) => all.includes(text));
  }, texts);
}

/** The SVG export, parsed as XML: anything executable or external in it, and its bodies' tooltips. */
function exportedSvg() {
  return page.evaluate(async () => {
    const el = document.getElementById('w') as HTMLElementTagNameMap['governance-graph'];
    const text = await el.exportSvg();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const problems: string[] = [];
    const error = doc.getElementsByTagName('parsererror')[0];
    if (error) problems.push(`not XML: ${error.textContent?.slice(0, 200)}`);
    if (doc.documentElement.localName !== 'svg') problems.push(`root is <${doc.documentElement.localName}>`);
    for (const node of doc.getElementsByTagName('*')) {
      if (/^(script|foreignobject|iframe|object|embed|image|a|use|animate|set|handler)$/i.test(node.localName)) {
        problems.push(`<${node.localName}>`);
      }
      for (const attribute of node.attributes) {
        if (/^on/i.test(attribute.name)) problems.push(`${node.localName} ${attribute.name}`);
        if (/href$/i.test(attribute.name) && !attribute.value.startsWith('#')) problems.push(`href ${attribute.value}`);
        // As a URL parser reads it: blanks and control characters dropped.
        const squeezed = [...attribute.value].filter((c) => c.charCodeAt(0) > 0x20).join('');
        if (/(javascript|vbscript|data):/i.test(squeezed)) {
          problems.push(`${node.localName} ${attribute.name}=${attribute.value.slice(0, 80)}`);
        }
      }
    }
    const titles = [...doc.querySelectorAll('g.node > title')].map((title) => title.textContent ?? '');
    return { problems, titles, source: doc.querySelector('text.source')?.textContent ?? null };
  });
}

/** Search, tooltip, outline and timeline, each used as a reader would, must show `text` as text. */
async function expectLabelShownAsText(text: string): Promise<void> {
  const search = page.locator('#w gov-search').first().locator('input');
  await search.fill(text.slice(0, 200));
  const suggestions = await page.evaluate(() => {
    const list = document.getElementById('w')!.shadowRoot!.querySelector('gov-search')!.shadowRoot!;
    return [...list.querySelectorAll('li[role="option"]')].map((li) => li.textContent ?? '');
  });
  expect(suggestions.length).toBeGreaterThan(0);
  await search.press('Enter');
  expect(await page.evaluate(() => document.getElementById('w')!.getAttribute('selected'))).toBe('top');
  await search.fill('');
  const at = await centreBody(page, 'top');
  await page.mouse.move(at.x, at.y);
  const tooltip = page.locator('#w .tooltip strong');
  await tooltip.waitFor();
  expect(await tooltip.evaluate((strong, text) => strong.textContent === text, text)).toBe(true);
  await page.mouse.move(0, 0);
  await page.locator('#w #tab-outline').click();
  const shown = await page.evaluate(
    async ({ text }) => {
      const el = document.getElementById('w') as HTMLElementTagNameMap['governance-graph'];
      const outline = el.shadowRoot!.querySelector('gov-outline')!;
      await outline.updateComplete;
      const names = [...outline.shadowRoot!.querySelectorAll('[role="treeitem"][data-id] > span')].map((span) => {
        const name = span.cloneNode(true) as Element;
        name.querySelector('.kind')?.remove();
        return name.textContent ?? '';
      });
      el.year = 2005;
      await el.updateComplete;
      const timeline = el.shadowRoot!.querySelector('gov-timeline')!;
      await timeline.updateComplete;
      const changes = [...timeline.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent ?? '');
      el.year = null;
      await el.updateComplete;
      return {
        outline: names.some((name) => name.trim() === text.trim()),
        timeline: changes.some((change) => change === `New: Below ${text}`),
      };
    },
    { text },
  );
  expect(shown).toEqual({ outline: true, timeline: true });
}

function describeCases(situation: string, cases: Case[]): void {
  describe(situation, () => {
    for (const c of cases) {
      const outcome = isDrawn(c) ? 'draws' : 'refuses, naming the place,';
      it(`${outcome} ${c.name}`, async () => {
        watch.pageErrors.length = 0;
        watch.dialogs.length = 0;
        const { src, outcome } = await load(c);
        expect(outcome.stuck, 'neither gov-ready nor gov-error in time').toBeUndefined();
        expect(outcome.events).toBe(1);
        if (isDrawn(c)) {
          expect(outcome.errors?.map((e) => `${e.path}: ${e.message}`)).toBeUndefined();
          expect(outcome.ready).toMatchObject(c.ready);
          if (c.select) {
            const shown = await details(c.select);
            if (c.heading !== undefined) expect(shown.heading === c.heading, 'details heading').toBe(true);
            if (c.links) expect(shown.links).toEqual(c.links);
          }
          if (c.shows) expect(await widgetShows(c.shows)).toEqual(c.shows.map(() => true));
          if (c.label !== undefined) {
            await expectLabelShownAsText(c.label);
            expect(await widgetShows([capitalise(c.label)])).toEqual([true]);
          }
          if (c.svgTitle !== undefined || c.svgSource !== undefined) {
            const svg = await exportedSvg();
            expect(svg.problems).toEqual([]);
            if (c.svgTitle !== undefined) {
              const wanted = xmlSafe(c.svgTitle);
              expect(svg.titles.some((title) => title.startsWith(wanted))).toBe(true);
            }
            if (c.svgSource !== undefined) expect(svg.source === xmlSafe(c.svgSource), 'SVG source line').toBe(true);
          }
        } else {
          expect(outcome.ready).toBeUndefined();
          const messages = outcome.errors!.map((e) => e.message).join('\n');
          expect(messages).toMatch(c.error);
          const box = await page.evaluate(async () => {
            const errors = document.getElementById('w')!.shadowRoot!.querySelector('gov-errors');
            await errors?.updateComplete;
            return {
              text: errors?.shadowRoot?.textContent ?? '',
              loading: /Loading/.test(document.getElementById('w')!.shadowRoot!.textContent ?? ''),
            };
          });
          expect(box.loading).toBe(false);
          for (const error of outcome.errors!) expect(box.text).toContain(error.message);
          // Every problem names its file, and the place in it where there is one.
          for (const place of [src, ...c.places]) {
            if (typeof place === 'string') expect(box.text).toContain(place);
            else expect(box.text).toMatch(place);
          }
        }
        await expectNothingRan();
      }, 40_000);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Shared ids, depth, hubs and limits.

const DEEP = 6000;
/** Above HUB_RELATIONS (src/view/thresholds.ts): a hub, drawn without Cytoscape edges. */
const FAN = 5000;
const MAX_ENTITIES = 50_000;

const sizeCases: Case[] = [
  // (a) A relation whose id equals a body’s id. Ids are unique among bodies and among relations,
  // not across them, so the model is valid and must be drawn like any other.
  {
    name: 'a relation whose id is also a body’s id',
    served: {
      body: json({
        title: 'Shared ids',
        entities: [body('board', 'The board'), body('audit', 'Audit committee'), body('finance', 'Finance')],
        relations: [
          { id: 'audit', source: 'board', target: 'audit', type: 'oversees' },
          { id: 'board', source: 'board', target: 'finance', type: 'oversees' },
          { id: 'finance', source: 'audit', target: 'finance', type: 'cooperates-with' },
        ],
      }),
      type: 'application/json',
    },
    ready: { entities: 3, relations: 3 },
    select: 'audit',
    heading: 'Audit committee',
    shows: ['The board', 'Finance'],
    svgTitle: 'Audit committee',
  },

  // (b) A chain of command thousands of levels deep: drawn.
  {
    name: `a chain of command ${DEEP.toLocaleString('en')} levels deep`,
    served: {
      body: json({
        title: 'Deep',
        entities: Array.from({ length: DEEP }, (_, i) => body(`b${i}`, `Level ${i}`)),
        relations: Array.from({ length: DEEP - 1 }, (_, i) => ({
          source: `b${i}`,
          target: `b${i + 1}`,
          type: 'oversees',
        })),
      }),
      type: 'application/json',
    },
    ready: { entities: DEEP, relations: DEEP - 1 },
    select: `b${DEEP - 1}`,
    heading: `Level ${DEEP - 1}`,
    within: 20_000,
  },

  // (c) One body with thousands of relations (a hub): drawn within the time bound.
  {
    name: `one body with ${FAN.toLocaleString('en')} relations`,
    served: {
      body: json({
        title: 'Hub',
        entities: [body('hub', 'The hub'), ...Array.from({ length: FAN }, (_, i) => body(`p${i}`, `Partner ${i}`))],
        relations: Array.from({ length: FAN }, (_, i) => ({
          source: 'hub',
          target: `p${i}`,
          type: i % 2 === 0 ? 'oversees' : 'cooperates-with',
        })),
      }),
      type: 'application/json',
    },
    ready: { entities: FAN + 1, relations: FAN },
    select: 'hub',
    heading: 'The hub',
    within: 20_000,
  },

  // (d) Limits: a name far over any reasonable length is refused with the place named, as are
  // more bodies than the widget can draw and free text past its limit. (No 50 MB file here.)
  {
    name: 'a body named with 10,000 characters in words',
    served: {
      body: json({
        title: 'Long',
        entities: [body('a', 'Directorate of '.repeat(667).slice(0, 10_000))],
        relations: [],
      }),
      type: 'application/json',
    },
    error: /^is 10,000 characters long, over the limit of [\d,]+ characters for a name$/,
    places: ['/entities/0/name', 'line 6'],
  },
  {
    name: 'a body named with 10,000 characters in one word',
    served: {
      body: json({ title: 'Long', entities: [body('a', 'W'.repeat(10_000))], relations: [] }),
      type: 'application/json',
    },
    error: /over the limit of [\d,]+ characters for a name/,
    places: ['/entities/0/name'],
  },
  {
    name: 'a CSV row whose name has 10,000 characters',
    served: { body: `id,parentId,name\n1,,${'N'.repeat(10_000)}\n`, type: 'text/csv' },
    error: /over the limit of [\d,]+ characters for a name/,
    places: ['row 1, column "name"', 'line 2'],
  },
  {
    name: 'a description of 20,001 characters',
    served: {
      body: json({
        title: 'Wordy',
        entities: [{ ...body('a'), description: 'x'.repeat(20_001) }],
        relations: [],
      }),
      type: 'application/json',
    },
    error: /over the limit of [\d,]+ characters for a description, note, quote or URL/,
    places: ['/entities/0/description'],
  },
  {
    name: `${(MAX_ENTITIES + 1).toLocaleString('en')} bodies`,
    served: {
      body: JSON.stringify({
        title: 'Too many',
        entities: Array.from({ length: MAX_ENTITIES + 1 }, (_, i) => ({ id: `b${i}`, name: `B${i}`, kind: 'body' })),
        relations: [],
      }),
      type: 'application/json',
    },
    error: /^is body 50,001 of 50,001, over the limit of 50,000 bodies in a model$/,
    places: [`/entities/${MAX_ENTITIES}`],
    within: 20_000,
  },
  {
    name: 'a download announcing more bytes than the largest model file',
    served: {
      route: (_request: unknown, response: import('node:http').ServerResponse) => {
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(60_000_000) });
        response.write('{"title":');
      },
    },
    error: /larger than|over the limit/,
    places: [],
  },
];

describeCases('the built widget given hostile labels', labelCases);
describeCases('the built widget given hostile URLs', urlCases);
describeCases('the built widget given ids that are Object.prototype’s names', idCases);
describeCases('the built widget given very wide shapes and lattices', shapeCases);
describeCases('the built widget given files that are broken or never arrive whole', brokenCases);
describeCases('the built widget given files in the encodings people save', encodingCases);
describeCases('the built widget given shared ids, deep chains, hubs and models past its limits', sizeCases);
