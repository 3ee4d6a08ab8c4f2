// <newsdesk-feed>: a list of Newsdesk news for any web page. No dependencies, no build step.
// API text only ever reaches the page through textContent and attribute values, so a hostile
// title stays text. See README, "Embedding".

// The service this script came from: it lives at {service}/embed/newsdesk-feed.js.
const OWN_SERVICE = new URL('..', import.meta.url).href.replace(/\/+$/, '');

// The element's words in each language it speaks (its lang attribute's primary subtag; English otherwise),
// and the locale of its dates: "5 July 2022" (en-GB: day first, as the pages), "5 juillet 2022", "5 de julio de 2022".
const WORDS = {
  en: { locale: 'en-GB', heading: 'News', loading: 'Loading news…', empty: 'No news yet.', error: 'News could not be loaded.' },
  fr: { locale: 'fr', heading: 'Actualités', loading: 'Chargement de l’actualité…', empty: 'Pas encore d’actualité.', error: 'L’actualité n’a pas pu être chargée.' },
  es: { locale: 'es', heading: 'Noticias', loading: 'Cargando noticias…', empty: 'Todavía no hay noticias.', error: 'No se pudieron cargar las noticias.' },
};

const STYLE = `
:host { display: block; font: var(--newsdesk-font, inherit); color: var(--newsdesk-color, inherit); }
:host([hidden]) { display: none; }
[part~="heading"] { margin: 0 0 var(--newsdesk-gap, 1rem); font-size: 1.25em; line-height: 1.3; }
[part~="list"] { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--newsdesk-gap, 1rem); }
[part~="item"] { border-left: 3px solid var(--newsdesk-accent, #1d5fa8); padding-left: 0.75em; }
[part~="link"] { color: var(--newsdesk-link-color, #1d5fa8); font-weight: 600; }
[part~="link"]:focus-visible { outline: 2px solid var(--newsdesk-accent, #1d5fa8); outline-offset: 2px; }
[part~="date"] { display: block; margin-top: 0.25em; font-size: 0.875em; color: var(--newsdesk-muted-color, #555); }
[part~="summary"] { margin: 0.25em 0 0; }
[part~="status"] { margin: 0; color: var(--newsdesk-muted-color, #555); }
[part~="error"] { color: var(--newsdesk-error-color, #a4161a); }
`;

class NewsdeskFeed extends HTMLElement {
  static observedAttributes = ['topic', 'country', 'region', 'lang', 'limit', 'api', 'heading', 'heading-level'];

  #feed;
  #heading = element('h2', 'heading');
  // A live region is only announced when its text changes after it is in place: it is there, empty, from the
  // start, and each state puts its words into it.
  #status = element('p', 'status');
  #body = element('div', 'body');
  #request = null;
  #pending = false;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    this.#feed = element('section', 'feed');
    this.#feed.setAttribute('aria-labelledby', 'heading');
    this.#status.setAttribute('role', 'status');
    this.#feed.append(this.#heading, this.#status, this.#body);
    root.append(style, this.#feed);
  }

  connectedCallback() {
    this.#showHeading();
    this.#schedule();
  }

  disconnectedCallback() {
    this.#request?.abort();
    this.#request = null;
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.isConnected) return;
    if (name.startsWith('heading') || name === 'lang') this.#showHeading();
    if (!name.startsWith('heading')) this.#schedule();
  }

  get limit() {
    const n = Number.parseInt(this.getAttribute('limit') ?? '', 10);
    return Number.isNaN(n) ? 5 : Math.min(20, Math.max(1, n));
  }

  // The language asked for (lower case, primary subtag), or null: it filters the items.
  get language() {
    return this.getAttribute('lang')?.trim().split('-')[0].toLowerCase() || null;
  }

  get words() {
    return WORDS[this.language] ?? WORDS.en;
  }

  get api() {
    return (this.getAttribute('api') || OWN_SERVICE).replace(/\/+$/, '');
  }

  // Several attributes set in one task (topic, then country) cost one request, not two.
  #schedule() {
    if (this.#pending) return;
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      if (this.isConnected) this.#load();
    });
  }

  async #load() {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    const api = this.api;
    const words = this.words;
    this.#show('loading', words.loading);
    try {
      const answer = await fetch(this.#url(api), { signal: request.signal, headers: { Accept: 'application/json' } });
      if (!answer.ok) throw new Error(`Newsdesk answered ${answer.status}`);
      const { items } = await answer.json();
      if (request.signal.aborted) return;
      if (!Array.isArray(items)) throw new Error('Newsdesk answered without items');
      if (items.length) this.#show('ready', '', list(items, api, words));
      else this.#show('empty', words.empty);
    } catch {
      // A newer request replaced this one: its outcome is no longer wanted.
      if (request.signal.aborted) return;
      this.#show('error', '', alert(words.error));
    }
  }

  #url(api) {
    const url = new URL(`${api}/api/v1/news`, document.baseURI);
    for (const name of ['topic', 'country', 'region']) {
      const value = this.getAttribute(name)?.trim();
      if (value) url.searchParams.set(name, value);
    }
    if (this.language) url.searchParams.set('lang', this.language);
    url.searchParams.set('size', String(this.limit));
    return url;
  }

  #showHeading() {
    const n = Number.parseInt(this.getAttribute('heading-level') ?? '', 10);
    const heading = element(`h${n >= 1 && n <= 6 ? n : 2}`, 'heading', this.getAttribute('heading') || this.words.heading);
    heading.id = 'heading';
    this.#heading.replaceWith(heading);
    this.#heading = heading;
  }

  // The state's words go into the status region already in place; a list or an alert goes into the body.
  #show(state, message, content) {
    this.#feed.setAttribute('aria-busy', String(state === 'loading'));
    this.#feed.dataset.state = state;
    this.#feed.lang = WORDS[this.language] ? this.language : 'en';
    this.#status.setAttribute('part', message ? `status ${state}` : 'status');
    this.#status.textContent = message;
    this.#body.replaceChildren(...(content ? [content] : []));
  }
}

function list(items, api, words) {
  const date = new Intl.DateTimeFormat(words.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const ul = element('ul', 'list');
  for (const item of items) {
    const li = element('li', 'item');
    if (typeof item.language === 'string') li.lang = item.language;
    const link = element('a', 'link', item.title);
    link.href = `${api}/news/${encodeURIComponent(item.slug)}`;
    li.append(link);
    const day = /^\d{4}-\d{2}-\d{2}$/.test(item.publishedOn) ? new Date(`${item.publishedOn}T00:00:00Z`) : null;
    if (day && !Number.isNaN(day.getTime())) {
      const time = element('time', 'date', date.format(day));
      time.dateTime = item.publishedOn;
      li.append(time);
    }
    if (item.summary) li.append(element('p', 'summary', item.summary));
    ul.append(li);
  }
  return ul;
}

// Errors interrupt: an alert is announced as it arrives, text and all (loading and empty are the status's).
function alert(text) {
  const message = element('p', 'status error', text);
  message.setAttribute('role', 'alert');
  return message;
}

function element(name, part, text) {
  const node = document.createElement(name);
  node.setAttribute('part', part);
  if (text != null) node.textContent = String(text);
  return node;
}

if (!customElements.get('newsdesk-feed')) customElements.define('newsdesk-feed', NewsdeskFeed);
