/**
 * The pages' pt-BR text lives in painel.html's <template>s; these functions clone them and put the
 * API's values in their slots (data-campo, data-kpi) with textContent only, never as HTML. Parts
 * marked data-papeis are removed for the roles not listed, as the API would refuse them anyway.
 */
import { formatted } from './format.js';

/** A loose text of the page (#textos), by key. */
export const text = (key) => document.getElementById('textos').content.querySelector(`[data-texto="${key}"]`)?.textContent ?? key;

/** A copy of a <template>'s first element. */
const cloned = (id) => document.getElementById(id).content.firstElementChild.cloneNode(true);

/** A copy of a whole view's <template>, as a section, with what the role may not see removed. */
export function viewOf(id, role) {
  const view = document.createElement('section');
  view.append(document.getElementById(`visao-${id}`).content.cloneNode(true));
  forRole(view, role);
  return view;
}

export function forRole(root, role) {
  for (const node of root.querySelectorAll('[data-papeis]')) if (!node.dataset.papeis.split(' ').includes(role)) node.remove();
}

function show(node, value, names) {
  const format = node.dataset.formato;
  if (format === 'itens') return node.replaceChildren(...value.map((item) => Object.assign(document.createElement('li'), { textContent: item })));
  node.textContent = format === 'playbook' ? (value === null ? '—' : (names[value] ?? value)) : formatted(value, format);
}

/** Fills the slots named `attribute` (campo or kpi) under root with the record's values. */
export function fill(root, record, { attribute = 'campo', names = {} } = {}) {
  const selector = `[data-${attribute}]`;
  for (const node of [...(root.matches(selector) ? [root] : []), ...root.querySelectorAll(selector)]) {
    const key = node.dataset[attribute];
    if (!(key in record)) continue;
    show(node, record[key], names);
    if (node.dataset.classe) node.classList.add(record[node.dataset.classe]);
  }
}

/** One copy of #linha-KEY per item, into [data-linhas=KEY]; shows [data-vazio=KEY] when there is none. */
export function renderRows(root, key, items, names) {
  const rows = items.map((item) => {
    const row = cloned(`linha-${key}`);
    fill(row, item, { names });
    return row;
  });
  root.querySelector(`[data-linhas="${key}"]`).replaceChildren(...rows);
  const empty = root.querySelector(`[data-vazio="${key}"]`);
  if (empty) empty.hidden = items.length > 0;
  return rows;
}

/** The API's pt-BR message (or the network's) in the view's [data-erro]; a second one joins the first. */
export function showError(root, error) {
  const slot = root.querySelector('[data-erro]');
  const message = error.status ? error.message : text('erro-rede');
  slot.textContent = slot.hidden ? message : `${slot.textContent} ${message}`;
  slot.hidden = false;
}

/** null for a 404 (a model or a day the snapshot does not have), so the rest of the view still shows. */
export function absentWhenNotFound(error) {
  if (error.status === 404) return null;
  throw error;
}
