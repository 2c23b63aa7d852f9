export interface JsonSyntaxError {
  /** 0-based offset into the text. */
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  message: string;
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];
const ESCAPES = '"\\/bfnrt';

/** Offset just past the string starting at `start` (a quote), or a negative offset (-1 - where) on error. */
function scanString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') return i + 1;
    if (ch < ' ') return -1 - i;
    if (ch !== '\\') continue;
    const esc = text[i + 1];
    if (esc === 'u') {
      if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return -1 - i;
      i += 5;
    } else if (esc !== undefined && ESCAPES.includes(esc)) i += 1;
    else return -1 - i;
  }
  return -1 - text.length;
}

function at(text: string, offset: number, message: string): JsonSyntaxError {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { offset, line, column: offset - before.lastIndexOf('\n'), message };
}

function shown(ch: string): string {
  return ch.trim() === '' ? `character U+${ch.codePointAt(0)?.toString(16).padStart(4, '0').toUpperCase()}` : `'${ch}'`;
}

/**
 * Where a text stops being JSON, with a short reason. Browsers word (and place) JSON.parse errors
 * differently, so this scanner gives every user the same line and column. Iterative: deep nesting
 * cannot overflow the stack.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: string[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const afterValue = (): Expect => (stack.length > 0 ? 'comma-or-close' : 'end');
  while (true) {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
    const ch = text[i];
    if (ch === undefined) return expect === 'end' ? undefined : at(text, i, 'unexpected end of the text');
    switch (expect) {
      case 'end':
        return at(text, i, `unexpected ${shown(ch)} after the end of the JSON`);
      case 'colon':
        if (ch !== ':') return at(text, i, `expected ':' but found ${shown(ch)}`);
        i++;
        expect = 'value';
        break;
      case 'comma-or-close': {
        const close = stack[stack.length - 1] === '{' ? '}' : ']';
        if (ch === ',') expect = close === '}' ? 'key' : 'value';
        else if (ch === close) {
          stack.pop();
          expect = afterValue();
        } else return at(text, i, `expected ',' or '${close}' but found ${shown(ch)}`);
        i++;
        break;
      }
      case 'key':
      case 'key-or-close': {
        if (ch === '}' && expect === 'key-or-close') {
          stack.pop();
          i++;
          expect = afterValue();
          break;
        }
        if (ch !== '"') return at(text, i, `expected a property name in double quotes but found ${shown(ch)}`);
        const end = scanString(text, i);
        if (end < 0) return at(text, -1 - end, 'bad or unterminated string');
        i = end;
        expect = 'colon';
        break;
      }
      case 'value':
      case 'value-or-close': {
        if (ch === ']' && expect === 'value-or-close') {
          stack.pop();
          i++;
          expect = afterValue();
          break;
        }
        if (ch === '{' || ch === '[') {
          stack.push(ch);
          i++;
          expect = ch === '{' ? 'key-or-close' : 'value-or-close';
          break;
        }
        if (ch === '"') {
          const end = scanString(text, i);
          if (end < 0) return at(text, -1 - end, 'bad or unterminated string');
          i = end;
        } else {
          NUMBER.lastIndex = i;
          const literal = LITERALS.find((l) => text.startsWith(l, i));
          if (literal) i += literal.length;
          else if (NUMBER.test(text)) i = NUMBER.lastIndex;
          else return at(text, i, `unexpected ${shown(ch)} where a value should be`);
        }
        expect = afterValue();
        break;
      }
    }
  }
}
