import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validate } from '../../model/schema-validator.generated.js';
import { generateValidatorSource, OUTPUT_URL } from '../../scripts/generate-validator.js';

const committed = readFileSync(OUTPUT_URL, 'utf8');

describe('the generated schema validator', () => {
  it('is what the generator makes from the schema today (run `npm run generate:validator` if not)', () => {
    expect(committed).toBe(generateValidatorSource());
  });

  it('compiles nothing at run time, so it works under a CSP without unsafe-eval', () => {
    expect(committed).not.toMatch(/new Function|\beval\s*\(/);
  });

  it('needs no other module: no require() and no import', () => {
    expect(committed).not.toMatch(/\brequire\s*\(/);
    expect(committed).not.toMatch(/^\s*import\b/m);
  });

  it('loads as a native ES module in Node, outside Vite', () => {
    const script = `import { validate } from ${JSON.stringify(OUTPUT_URL.href)};
      process.stdout.write(JSON.stringify([validate({ title: 't', entities: [], relations: [] }), validate({})]));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual([true, false]);
  });

  it('counts the length of strings, as the inlined Ajv helper does', () => {
    expect(validate({ title: '', entities: [], relations: [] })).toBe(false);
    expect(validate.errors?.map((error) => error.keyword)).toEqual(['minLength']);
    expect(validate({ title: '😀', entities: [], relations: [] })).toBe(true);
  });
});
