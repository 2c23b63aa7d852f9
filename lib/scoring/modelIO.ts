import type { z } from 'zod';
import { findJsonSyntaxError } from './jsonSyntaxError';
import { type ScoringModel, ScoringModelSchema } from './model';

export { diffModels, type ModelChange } from './modelDiff';

export interface ModelError {
  /** Where in the model, like `engagementRules[2].points`; '' for the document itself. */
  path: string;
  message: string;
  /** For JSON syntax errors: 1-based position in the text. */
  line?: number;
  column?: number;
}

export type ParseModelResult = { ok: true; model: ScoringModel } | { ok: false; errors: ModelError[] };

/** `engagementRules[2].points`, `decay.groups["email opens"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_union' && 'discriminator' in issue && typeof issue.discriminator === 'string') {
    return `unknown or missing "${issue.discriminator}"`;
  }
  if (issue.code === 'invalid_key') return `bad name: ${issue.issues[0]?.message ?? issue.message}`;
  return issue.message;
}

/** Reads a model from JSON text; every problem comes back with where it is, nothing throws. */
export function parseModelJson(text: string): ParseModelResult {
  const source = typeof text === 'string' ? text.replace(/^\uFEFF/, '') : '';
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const found = findJsonSyntaxError(source);
    const message = found?.message ?? (error instanceof Error ? error.message : 'not JSON');
    return {
      ok: false,
      errors: [
        found
          ? {
              path: '',
              message: `Invalid JSON at line ${found.line}, column ${found.column}: ${message}`,
              line: found.line,
              column: found.column,
            }
          : { path: '', message: `Invalid JSON: ${message}` },
      ],
    };
  }
  const parsed = ScoringModelSchema.safeParse(data);
  if (parsed.success) return { ok: true, model: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: messageOf(issue) })),
  };
}

/** Pretty JSON; parseModelJson(serializeModel(m)) equals m for every valid model. */
export function serializeModel(model: ScoringModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
