/**
 * /painel: who signed in (GET /me) decides which views the menu offers; the address's fragment
 * (#resumo, #operacao, #recepcao, #bot) picks the view, so each has its own link and the back button works.
 */
import { api, signOut, storedToken } from './session.js';
import { forRole, showError, text, viewOf } from './template.js';
import * as bot from './views/bot.js';
import * as operacao from './views/operacao.js';
import * as recepcao from './views/recepcao.js';
import * as resumo from './views/resumo.js';

const views = { resumo, operacao, recepcao, bot };
const main = document.getElementById('conteudo');

async function show(context) {
  const links = [...document.querySelectorAll('#menu a')];
  const wanted = location.hash.slice(1);
  const id = links.some((link) => link.hash === `#${wanted}`) ? wanted : links[0].hash.slice(1);
  for (const link of links) link.toggleAttribute('aria-current', link.hash === `#${id}`);
  const view = viewOf(id, context.role);
  main.replaceChildren(view);
  await views[id].render(view, context).catch((error) => showError(view, error));
  view.dataset.pronto = 'sim';
}

async function start() {
  if (!storedToken()) return signOut();
  document.getElementById('sair').addEventListener('click', signOut);
  const me = await api('/me');
  document.getElementById('estudio').textContent = me.studio;
  document.getElementById('pessoa').textContent = `${me.name} · ${text(`papel-${me.role}`)}`;
  forRole(document.getElementById('menu'), me.role);
  const context = { role: me.role, names: me.playbookNames };
  window.addEventListener('hashchange', () => void show(context));
  await show(context);
}

start().catch((error) => {
  main.textContent = error.status ? error.message : text('erro-rede');
});
