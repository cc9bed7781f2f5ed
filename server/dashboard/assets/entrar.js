/**
 * /entrar: the sign-in link carries the token in its fragment (#token=...), which browsers never send
 * to the server, so it stays out of every log. It goes to sessionStorage, the fragment is wiped from
 * the address bar and history, and the dashboard opens. Without a link, the token can be pasted.
 */
import { keepToken } from './session.js';

function enter(token) {
  keepToken(token.trim());
  location.replace('/painel');
}

const fromLink = new URLSearchParams(location.hash.slice(1)).get('token');
if (fromLink) {
  history.replaceState(null, '', location.pathname);
  document.getElementById('entrando').hidden = false;
  document.getElementById('formulario-token').hidden = true;
  enter(fromLink);
} else {
  document.getElementById('formulario-token').addEventListener('submit', (event) => {
    event.preventDefault();
    enter(new FormData(event.target).get('token'));
  });
}
