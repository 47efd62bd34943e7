// Checks a hand-written spec against the Vega-Lite JSON schema. The schema (1.9 MB) and the
// validator load on first use only. @cfworker/json-schema interprets the schema instead of
// generating code (ajv uses new Function), so the app's Content-Security-Policy holds.

export interface SpecProblem {
  /** JSON pointer of the offending value, as a readable path: "encoding.x.aggregate". */
  path: string;
  detail: string;
}

type Validate = (spec: unknown) => SpecProblem | null;
let validator: Promise<Validate> | null = null;

export function validateVegaLite(spec: unknown): Promise<SpecProblem | null> {
  validator ??= loadValidator();
  return validator.then((validate) => validate(spec));
}

async function loadValidator(): Promise<Validate> {
  const [{ Validator }, schema] = await Promise.all([
    import('@cfworker/json-schema'),
    import('vega-lite-schema').then((m) => m.default),
  ]);
  const checker = new Validator(schema as object, '7', false);
  return (spec) => {
    // The schema requires `data`; the chart cell supplies it, so a spec without it is fine.
    const complete = isObject(spec) && !('data' in spec) ? { ...spec, data: { name: 'table' } } : spec;
    const result = checker.validate(complete);
    if (result.valid) return null;
    // anyOf branches each report; the deepest location is the one the user can act on, and
    // of its errors the most specific keyword says what to change.
    const deepest = Math.max(...result.errors.map((e) => depth(e.instanceLocation)));
    const atDeepest = result.errors.filter((e) => depth(e.instanceLocation) === deepest);
    const best = [...atDeepest].sort((a, b) => rank(a.keyword) - rank(b.keyword))[0]!;
    return { path: readablePath(best.instanceLocation), detail: describe(best.keyword, best.error) };
  };
}

const KEYWORD_ORDER = ['enum', 'const', 'type', 'required', 'false', 'minimum', 'maximum'];
const rank = (keyword: string) => (KEYWORD_ORDER.includes(keyword) ? KEYWORD_ORDER.indexOf(keyword) : KEYWORD_ORDER.length);

function describe(keyword: string, error: string): string {
  if (keyword === 'false') return 'not a property Vega-Lite knows here';
  const choices = /match any of (\[.*\])/.exec(error)?.[1];
  if (keyword === 'enum' && choices) return `expected one of ${(JSON.parse(choices) as unknown[]).map((c) => JSON.stringify(c)).join(', ')}`;
  return error;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const depth = (pointer: string) => pointer.split('/').length;

function readablePath(pointer: string): string {
  const parts = pointer.replace(/^#\/?/, '').split('/').filter(Boolean).map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'));
  if (parts.length === 0) return '(top level)';
  return parts.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
