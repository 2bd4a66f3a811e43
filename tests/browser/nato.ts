import json from '../../model/nato-cyber-defence.json';
import type { GovernanceModel } from '../../model/types.js';

/** The NATO model, typed as the model format: a JSON import widens its enumerations ("chain") to string. */
export const nato = json as GovernanceModel;
export default nato;
