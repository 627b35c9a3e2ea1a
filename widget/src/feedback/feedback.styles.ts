import { css } from 'lit';

/**
 * Styles for `<yyg-feedback>`, after the NHS design system: NHS blue, the yellow focus style,
 * 44px touch targets. Every colour goes through a `--yyg-*` custom property so a practice can
 * match its website; the private `--_*` names only hold the resolved defaults.
 */
export const feedbackStyles = css`
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
    --_space: var(--yyg-spacing, 1rem);
    --_radius: var(--yyg-radius, 4px);
    display: block;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--yyg-font-family, inherit);
    font-size: var(--yyg-font-size, 1.1875rem);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2 {
    margin: 0 0 var(--_space);
    font-size: 1.5em;
    line-height: 1.25;
  }
  p {
    margin: 0 0 var(--_space);
  }
  a {
    color: var(--_primary);
  }
  a:hover {
    text-decoration-thickness: 3px;
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
    outline-offset: 0;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .caption {
    color: var(--_secondary);
    margin-bottom: 0.25rem;
  }
  .notice {
    margin: 0 0 calc(var(--_space) * 1.5);
    padding: var(--_space);
    border-left: 8px solid var(--_primary);
  }
  .notice h2 {
    margin-bottom: 0.5rem;
    font-size: 1.125em;
  }
  .notice p:last-child {
    margin: 0;
  }
  .group {
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .group--error {
    padding-left: var(--_space);
    border-left: 4px solid var(--_error);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-bottom: var(--_space);
    font-size: 1.25em;
    font-weight: 700;
  }
  .hint {
    color: var(--_secondary);
    margin-bottom: 0.5rem;
  }
  .error-message {
    color: var(--_error);
    font-weight: 700;
    margin-bottom: 0.5rem;
  }
  .option {
    position: relative;
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: 44px;
    margin-bottom: 0.5rem;
  }
  .option input {
    appearance: none;
    flex: none;
    width: 44px;
    height: 44px;
    margin: 0;
    border: 2px solid var(--_text);
    border-radius: 50%;
    background: var(--_bg);
    cursor: pointer;
  }
  .option input:checked {
    background: radial-gradient(var(--_primary) 0 45%, var(--_bg) 50%);
  }
  .option input:focus-visible {
    outline: 4px solid transparent;
    border-width: 4px;
    box-shadow: 0 0 0 4px var(--_focus);
  }
  .option label {
    flex: 1;
    padding: 0.5rem 0;
    cursor: pointer;
  }
  label[for='comment'] {
    display: block;
    font-weight: 700;
    margin-bottom: 0.25rem;
  }
  textarea {
    display: block;
    width: 100%;
    min-height: 44px;
    padding: 0.5rem;
    border: 2px solid var(--_border);
    border-radius: 0;
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    resize: vertical;
  }
  textarea:focus {
    outline: 4px solid transparent;
    border-color: var(--_text);
    box-shadow:
      inset 0 0 0 2px var(--_text),
      0 0 0 4px var(--_focus);
  }
  .count {
    margin: 0.5rem 0 0;
  }
  button {
    min-height: 44px;
    padding: 0.5rem 1.25rem;
    border: 0;
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 600;
    color: #fff;
    background: var(--_primary);
    box-shadow: 0 4px var(--_text);
    cursor: pointer;
    transition: background-color 0.2s;
  }
  button:hover {
    background: var(--_primary-hover);
  }
  button:disabled {
    opacity: 0.6;
    cursor: progress;
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
  .confirmation {
    padding: calc(var(--_space) * 1.5);
    border-left: 8px solid var(--_success);
    animation: appear 0.3s ease-out;
  }
  .receipt {
    display: inline-block;
    font-size: 1.25em;
    letter-spacing: 0.05em;
  }
  @keyframes appear {
    from {
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
  /* Custom-drawn radios lose their dot when the system forces colours: draw it in system colours. */
  @media (forced-colors: active) {
    .option input {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    .option input:checked {
      background: radial-gradient(CanvasText 0 45%, Canvas 50%);
    }
  }
`;
