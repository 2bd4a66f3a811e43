import nato from '../model/nato-cyber-defence.json';
import type { GovernanceModel } from '../model/types.js';
import { startExplorer } from './explorer-page.js';
import './governance-graph.js';

// The explorer page: the built-in NATO dataset, or any model named by ?src=… (see startExplorer).
const element = document.querySelector('governance-graph');
if (element) startExplorer(element, new URL(location.href), nato as GovernanceModel);
