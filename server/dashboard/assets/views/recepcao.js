/**
 * Meus contatos de hoje: the day's risk list as cards, each with its reasons, the ready message and
 * buttons that record the outcome (POST /customers/{code}/outcomes, as "contatei" does in the bot).
 * The phone is fetched only when asked for, so that reading it is audited per client.
 */
import { api } from '../session.js';
import { fill, renderRows, text } from '../template.js';

function say(card, message) {
  const slot = card.querySelector('[data-registro]');
  slot.textContent = message;
  slot.hidden = false;
}

const failure = (card) => (error) => say(card, error.status ? error.message : text('erro-rede'));

function wire(card, item) {
  const path = `/customers/${encodeURIComponent(item.code)}`;
  if (!item.message) card.querySelector('details').remove();
  else card.querySelector('[data-acao="copiar"]').addEventListener('click', () => navigator.clipboard.writeText(item.message).then(() => say(card, text('copiado')), failure(card)));
  card.querySelector('[data-acao="telefone"]').addEventListener('click', (event) => {
    api(path).then(({ contact }) => {
      const link = card.querySelector('[data-telefone]');
      link.textContent = contact.phone ?? '—';
      if (contact.phone && !contact.phone.includes('*')) link.href = `tel:${contact.phone}`;
      link.hidden = false;
      event.target.hidden = true;
    }, failure(card));
  });
  for (const button of card.querySelectorAll('[data-resultado]')) {
    button.addEventListener('click', () => {
      const outcome = button.dataset.resultado;
      api(`${path}/outcomes`, { method: 'POST', body: { outcome } }).then(({ recordedAt }) => {
        const time = new Date(recordedAt).toLocaleTimeString('pt-BR', { hour: '2-digit', minute: '2-digit' });
        say(card, `${text(`registrado-${outcome}`)} · ${time}`);
        card.classList.add('feito');
      }, failure(card));
    });
  }
}

export async function render(view, { names }) {
  const risk = await api('/risk');
  fill(view, { asOf: risk.asOf });
  renderRows(view, 'contatos', risk.items, names).forEach((card, index) => wire(card, risk.items[index]));
  renderRows(view, 'acompanhamento', risk.followingUp, names);
}
