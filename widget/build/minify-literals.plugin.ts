import type { Plugin } from 'vite';

/**
 * Squeeze the whitespace out of the widget's own `html` and `css` tagged templates, which the
 * JavaScript minifier leaves as written: a few hundred bytes gzipped in a bundle with a 12 KB budget.
 * Only the static text between `${...}` changes, and only in ways the browser ignores: in CSS, comments
 * and spaces around `{ } ; , :`-endings; in HTML, line breaks between tags, and runs of whitespace
 * (which HTML collapses to one space anyway) elsewhere.
 */
export function minifyLiterals(): Plugin {
  return {
    name: 'yyg-minify-literals',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]widget[\\/]src[\\/].*\.ts$/.test(id) || !/\b(?:html|css)`/.test(code)) return null;
      return { code: new Scanner(code).run(), map: null };
    },
  };
}

export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyHtml(text: string): string {
  return text.replace(/(>?)(\s*\n\s*)(?=(<?))/g, (_all, before: string, _space, after: string) =>
    before && after ? before : `${before} `,
  );
}

/** Walks TypeScript source just enough to find template literals: strings, comments and `${}` nesting. */
class Scanner {
  private i = 0;
  private out = '';

  constructor(private readonly src: string) {}

  run(): string {
    this.code(false);
    return this.out;
  }

  /** Copy code until the end, or until the `}` that closes a `${` when `inExpression`. */
  private code(inExpression: boolean): void {
    let depth = 0;
    while (this.i < this.src.length) {
      const c = this.src[this.i];
      const next = this.src[this.i + 1];
      if (c === '/' && next === '/') this.copyUntil('\n', 0);
      else if (c === '/' && next === '*') this.copyUntil('*/', 2);
      else if (c === '"' || c === "'") this.copyString(c);
      else if (c === '`') this.template(/\b(html|css)\s*$/.exec(this.out)?.[1]);
      else {
        if (c === '{') depth++;
        if (c === '}' && depth-- === 0 && inExpression) return;
        this.out += c;
        this.i++;
      }
    }
  }

  private copyUntil(end: string, skip: number): void {
    const stop = this.src.indexOf(end, this.i + skip);
    const to = stop === -1 ? this.src.length : stop + end.length;
    this.out += this.src.slice(this.i, to);
    this.i = to;
  }

  private copyString(quote: string): void {
    let j = this.i + 1;
    while (j < this.src.length && this.src[j] !== quote) j += this.src[j] === '\\' ? 2 : 1;
    this.out += this.src.slice(this.i, j + 1);
    this.i = j + 1;
  }

  private template(tag: string | undefined): void {
    this.out += '`';
    this.i++;
    let chunk = '';
    const flush = () => {
      this.out += tag === 'css' ? minifyCss(chunk) : tag === 'html' ? minifyHtml(chunk) : chunk;
      chunk = '';
    };
    while (this.i < this.src.length) {
      const c = this.src[this.i];
      if (c === '\\') {
        chunk += this.src.slice(this.i, this.i + 2);
        this.i += 2;
      } else if (c === '`') {
        flush();
        this.out += '`';
        this.i++;
        return;
      } else if (c === '$' && this.src[this.i + 1] === '{') {
        flush();
        this.out += '${';
        this.i += 2;
        this.code(true);
        this.out += '}';
        this.i++;
      } else {
        chunk += c;
        this.i++;
      }
    }
  }
}
