import { css, sheet } from './styles.js';

/**
 * The widget's look, after the NHS design system: NHS blue, the yellow focus style, 44px touch
 * targets, logical properties so right-to-left languages mirror. Every colour goes through a
 * `--yyg-*` custom property so a practice can match its website; the private `--_*` names hold
 * the resolved defaults. This file: tokens, text, focus, notices and panels; form.styles.ts: controls.
 */
export const feedbackStyles = sheet(css`
  :host {
    --_primary: var(--yyg-color-primary, #005eb8);
    --_primary-hover: var(--yyg-color-primary-hover, #004b93);
    --_text: var(--yyg-color-text, #212b32);
    --_secondary: var(--yyg-color-secondary-text, #4c6272);
    --_bg: var(--yyg-color-background, #fff);
    --_border: var(--yyg-color-border, #4c6272);
    --_error: var(--yyg-color-error, #d5281b);
    --_focus: var(--yyg-color-focus, #ffeb3b);
    --_success: var(--yyg-color-success, #007f3b);
    --_warning: var(--yyg-color-warning, #ffb81c);
    --_space: var(--yyg-spacing, 1rem);
    --_radius: var(--yyg-radius, 4px);
    display: block;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--yyg-font-family, inherit);
    font-size: var(--yyg-font-size, 1.1875rem);
    line-height: 1.5;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  h2 {
    margin: 0 0 var(--_space);
    font-size: 1.375em;
    line-height: 1.25;
  }
  p {
    margin: 0 0 var(--_space);
  }
  a {
    color: var(--_primary);
  }
  /* The NHS focus style: yellow, with a dark bar under links and buttons. */
  a:focus-visible,
  button:focus-visible {
    outline: 4px solid transparent;
    background: var(--_focus);
    color: var(--_text);
    box-shadow:
      0 -2px var(--_focus),
      0 4px var(--_text);
    text-decoration: none;
  }
  [tabindex='-1']:focus {
    outline: 4px solid var(--_focus);
  }
  .visually-hidden,
  .hp {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .caption,
  .hint {
    color: var(--_secondary);
  }
  .notice,
  .urgent,
  .queued,
  .confirmation {
    margin: 0 0 calc(var(--_space) * 1.5);
    padding: var(--_space);
    border-inline-start: 8px solid var(--_primary);
  }
  .urgent,
  .queued {
    border-color: var(--_warning);
  }
  .confirmation {
    border-color: var(--_success);
  }
  .notice h2,
  .urgent h2 {
    margin-bottom: 0.5rem;
    font-size: 1.125em;
  }
  :is(.notice, .urgent, .queued, .confirmation) > :last-child {
    margin-bottom: 0;
  }
  .error-summary {
    margin-bottom: calc(var(--_space) * 1.5);
    padding: var(--_space);
    border: 4px solid var(--_error);
  }
  .error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 700;
  }
  .receipt {
    font-size: 1.25em;
    letter-spacing: 0.05em;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
`);
