/** pt-BR formats (DOMAIN.md §5): R$ 1.234,56; 20/11/2026; 12,5 %; a dash for what is unknown. */
const money = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' });
const number = new Intl.NumberFormat('pt-BR', { maximumFractionDigits: 1 });
const tenths = new Intl.NumberFormat('pt-BR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function duration(ms) {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return `${Math.round(ms / 1000)} s`;
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

const formats = {
  dinheiro: (cents) => money.format(cents / 100),
  numero: (value) => number.format(value),
  percentual: (ratio) => `${tenths.format(ratio * 100)} %`,
  data: (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`,
  mes: (month) => `${month.slice(5, 7)}/${month.slice(0, 4)}`,
  duracao: duration,
  lista: (items) => items.join('; '),
};

export function formatted(value, format) {
  if (value === null || value === undefined) return '—';
  return (formats[format] ?? String)(value);
}
