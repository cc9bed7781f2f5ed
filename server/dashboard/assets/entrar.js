/**
 * /entrar: the sign-in link carries the token in its fragment (#token=...), which browsers never send
 * to the server, so it stays out of every log. It goes to sessionStorage, the fragment is wiped from
 * the address bar and history, and the dashboard opens. Without a link, a short code sent through the
 * bot (POST /api/v1/sign-in/code, then /verify) gives a token; or the token can be pasted.
 */
import { keepToken } from './session.js';

const byId = (id) => document.getElementById(id);

function enter(token) {
  keepToken(token.trim());
  location.replace('/painel');
}

/** POSTs to a public sign-in route; the API's pt-BR message is shown whatever the answer. */
async function signInStep(path, body) {
  const error = byId('erro-entrar');
  error.hidden = true;
  try {
    const response = await fetch(`/api/v1/sign-in/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const answer = await response.json().catch(() => ({}));
    if (response.ok) return answer;
    error.textContent = answer.error ?? byId('erro-rede').textContent;
  } catch {
    error.textContent = byId('erro-rede').textContent;
  }
  error.hidden = false;
  return null;
}

function showCodeForm(shown) {
  byId('formulario-telefone').hidden = shown;
  byId('formulario-codigo').hidden = !shown;
  if (shown) byId('codigo').focus();
}

const fromLink = new URLSearchParams(location.hash.slice(1)).get('token');
if (fromLink) {
  history.replaceState(null, '', location.pathname);
  byId('entrando').hidden = false;
  for (const id of ['instrucoes', 'formulario-telefone', 'formulario-token']) byId(id).hidden = true;
  enter(fromLink);
} else {
  byId('formulario-telefone').addEventListener('submit', async (event) => {
    event.preventDefault();
    const answer = await signInStep('code', { phone: byId('telefone').value });
    if (!answer) return;
    byId('codigo-enviado').textContent = answer.message;
    showCodeForm(true);
  });
  byId('formulario-codigo').addEventListener('submit', async (event) => {
    event.preventDefault();
    const answer = await signInStep('verify', { phone: byId('telefone').value, code: byId('codigo').value });
    if (answer) enter(answer.token);
  });
  byId('outro-telefone').addEventListener('click', () => showCodeForm(false));
  byId('formulario-token').addEventListener('submit', (event) => {
    event.preventDefault();
    enter(new FormData(event.target).get('token'));
  });
}
