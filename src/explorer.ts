import nato from '../model/nato-cyber-defence.json';
import './governance-graph.js';

// The explorer page: the built-in NATO dataset, or any model named by ?src=… (same origin or CORS-enabled).
const element = document.querySelector('governance-graph');
const src = new URLSearchParams(location.search).get('src');
if (element) {
  if (src) element.src = src;
  else element.model = nato;
}
