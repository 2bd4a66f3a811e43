import type { ErrorObject } from 'ajv';
import { didYouMeanText } from './did-you-mean.js';
import { type DraftIssue, error } from './issue.js';
import { isRecord } from './json-data.js';
import { childPath } from './json-pointer.js';
import { toKebabCase } from './kebab-case.js';
import { describeType, describeValue, orList, quote } from './message-text.js';
import { validate } from './schema-validator.generated.js';

/**
 * Checks a document against `governance-model.schema.json` and says what is wrong in plain
 * sentences, each problem once. The validator was compiled ahead of time (no `eval` at run time).
 */
export function validateSchema(document: unknown): DraftIssue[] {
  if (validate(document)) return [];
  const issues: DraftIssue[] = [];
  const seen = new Set<string>();
  for (const ajvError of validate.errors ?? []) {
    const issue = translate(ajvError);
    if (!issue) continue;
    // Ajv can report one problem from several angles; the same sentence at the same place is one problem.
    const identity = `${issue.path}\u0000${issue.message}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    issues.push(issue);
  }
  return issues;
}

function translate(ajvError: ErrorObject): DraftIssue | undefined {
  const { keyword, instancePath, params, data } = ajvError;
  switch (keyword) {
    case 'propertyNames':
      // Always accompanied by the failing name's own error, which says more.
      return undefined;
    case 'required':
      return error(instancePath, `missing ${quote(String(params.missingProperty))}`);
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const known = isRecord(ajvError.parentSchema?.properties) ? Object.keys(ajvError.parentSchema.properties) : [];
      return {
        ...error(
          instancePath,
          `unknown property ${quote(name)}${didYouMeanText(
            name,
            known.map((id) => ({ id })),
          )}`,
        ),
        key: name,
      };
    }
    case 'type': {
      const expected = String(params.type).split(',').map(describeType);
      return error(instancePath, `expected ${orList(expected)}, got ${describeValue(data)}`);
    }
    case 'enum': {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues.map(describeLiteral) : [];
      return error(instancePath, `expected ${orList(allowed)}, got ${describeLiteral(data)}`);
    }
    case 'minLength':
      return error(
        instancePath,
        params.limit === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters long`,
      );
    case 'pattern':
      // An empty id also fails minLength, which says so.
      return ajvError.data === '' ? undefined : translatePattern(ajvError);
    default:
      return error(instancePath, ajvError.message ?? 'does not match the schema');
  }
}

function translatePattern({ instancePath, schemaPath, data, propertyName }: ErrorObject): DraftIssue {
  // A property name that fails (a relation type's key) is reported at the property it names.
  const text = propertyName ?? (typeof data === 'string' ? data : '');
  const path = propertyName === undefined ? instancePath : childPath(instancePath, propertyName);
  const located = propertyName === undefined ? {} : { at: instancePath, key: propertyName };
  if (schemaPath.includes('/partialDate/')) {
    return { ...error(path, `${quote(text)} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`), ...located };
  }
  if (schemaPath.includes('/id/')) {
    // Any text is an id, but " E12" and "E12" would look alike everywhere they are shown.
    const trimmed = text.trim();
    const example = trimmed === '' ? '' : ` (write ${quote(trimmed)})`;
    return { ...error(path, `${quote(text)} has spaces at its start or end${example}`), ...located };
  }
  if (schemaPath.includes('/typeName/')) {
    const suggestion = toKebabCase(text);
    const example = suggestion === '' ? '' : `, e.g. ${quote(suggestion)}`;
    return {
      ...error(path, `${quote(text)} is not a kebab-case type name (use lower-case words joined by hyphens${example})`),
      ...located,
    };
  }
  return { ...error(path, `${quote(text)} is not in the expected form`), ...located };
}

/** A value as an enum message shows it: strings quoted, anything else described. */
function describeLiteral(value: unknown): string {
  return typeof value === 'string' ? quote(value) : describeValue(value);
}
