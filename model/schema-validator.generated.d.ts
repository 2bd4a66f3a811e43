import type { ErrorObject } from 'ajv';

/**
 * The governance model schema compiled ahead of time by `scripts/generate-validator.ts`
 * (Ajv standalone, `allErrors` and `verbose`). Returns whether `data` conforms; after a failure
 * `errors` lists every problem, each with its `data` and `parentSchema`.
 */
export interface StandaloneValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const validate: StandaloneValidator;
export default validate;
