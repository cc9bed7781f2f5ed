/** Building SVG by hand (the charts are a few dozen shapes: no chart library, no build step). */
const namespace = 'http://www.w3.org/2000/svg';

export function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(namespace, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
}

/** "R$ 1,2 mil" on an axis: whole reais under a thousand, thousands with one decimal above. */
export function axisMoney(cents) {
  const reais = cents / 100;
  const format = (value, digits) => new Intl.NumberFormat('pt-BR', { maximumFractionDigits: digits }).format(value);
  return reais >= 1000 ? `R$ ${format(reais / 1000, 1)} mil` : `R$ ${format(reais, 0)}`;
}
