/**
 * A tag for the widget's CSS: returns the text as written (the build squeezes its whitespace out;
 * see widget/build/minify-literals.plugin.ts). Lit's own `css` tag would add a wrapper class to the
 * form's bundle, and a constructed stylesheet is all `static styles` needs.
 */
export const css = (text: TemplateStringsArray): string => text[0];

/** A constructed stylesheet: adopted by each shadow root, so no `<style>` and no 'unsafe-inline'. */
export function sheet(text: string): CSSStyleSheet {
  const result = new CSSStyleSheet();
  result.replaceSync(text);
  return result;
}
