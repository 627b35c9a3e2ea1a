import { css } from 'lit';
import { componentStyles } from './components.styles.js';

/**
 * The staff app's NHS.UK look, shared by every view's shadow root (adopted stylesheets, so no
 * inline style and nothing for the page's CSP to refuse). Colours are NHS.UK frontend's; every
 * text colour on its background is over 4.5:1. Focus is NHS yellow with a black underline.
 */
const baseStyles = css`
  :host {
    --_blue: #005eb8;
    --_dark-blue: #003087;
    --_focus: #ffeb3b;
    --_text: #212b32;
    --_secondary: #4c6272;
    --_grey-4: #d8dde0;
    --_grey-5: #f0f4f5;
    --_red: #d5281b;
    --_green: #007f3b;
    --_white: #fff;
    display: block;
    color: var(--_text);
    line-height: 1.5;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1,
  h2,
  h3 {
    margin: 0 0 1rem;
    line-height: 1.25;
  }
  h1 {
    font-size: 2rem;
  }
  h2 {
    font-size: 1.5rem;
  }
  h3 {
    font-size: 1.1875rem;
  }
  /* The app moves focus to the h1 on navigation, for screen readers; as on NHS.UK, no ring. */
  h1[tabindex='-1']:focus,
  h1[tabindex='-1']:focus-visible {
    outline: none;
  }
  p {
    margin: 0 0 1rem;
  }
  a {
    color: var(--_blue);
  }
  a:visited {
    color: #330072;
  }
  a:hover {
    color: #7c2855;
  }
  a:focus-visible,
  summary:focus-visible {
    outline: 4px solid transparent;
    background: var(--_focus);
    color: var(--_text);
    box-shadow:
      0 -2px var(--_focus),
      0 4px var(--_text);
    text-decoration: none;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 4px solid var(--_focus);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .lede {
    font-size: 1.25rem;
  }
  .hint,
  .muted {
    color: var(--_secondary);
  }
  .hint {
    margin: 0 0 0.5rem;
  }

  /* Forms */
  .group {
    margin-bottom: 1.5rem;
  }
  .group--error {
    padding-left: 1rem;
    border-left: 4px solid var(--_red);
  }
  label,
  .label {
    display: block;
    font-weight: 700;
    margin-bottom: 0.25rem;
  }
  .error-message {
    margin: 0 0 0.5rem;
    color: var(--_red);
    font-weight: 700;
  }
  input[type='text'],
  input[type='email'],
  input[type='password'],
  input[type='search'],
  input[type='date'],
  input[type='url'],
  input[type='number'],
  select,
  textarea {
    display: block;
    width: 100%;
    max-width: 32rem;
    min-height: 44px;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_secondary);
    border-radius: 0;
    background: var(--_white);
    color: var(--_text);
    font: inherit;
  }
  textarea {
    max-width: 44rem;
    min-height: 6rem;
  }
  input.input--short,
  select.input--short {
    max-width: 12rem;
  }
  [aria-invalid='true'] {
    border-color: var(--_red);
  }
  input:focus,
  select:focus,
  textarea:focus {
    outline: 4px solid var(--_focus);
    outline-offset: 0;
    border-color: var(--_text);
    box-shadow: inset 0 0 0 2px var(--_text);
  }
  fieldset {
    margin: 0 0 1.5rem;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    font-weight: 700;
    margin-bottom: 0.5rem;
    padding: 0;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    margin-bottom: 0.5rem;
  }
  .choice input {
    flex: none;
    width: 28px;
    height: 28px;
    margin: 0;
    accent-color: var(--_text);
  }
  .choice label {
    font-weight: 400;
    margin: 0;
    padding-top: 0.125rem;
  }
  .choice input:focus {
    outline: 4px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_text);
  }
  .choice input:disabled + label {
    color: var(--_secondary);
  }

  /* Buttons */
  button,
  .button {
    display: inline-block;
    min-height: 44px;
    margin: 0 0.75rem 1rem 0;
    padding: 0.5rem 1.25rem;
    border: 2px solid transparent;
    border-radius: 4px;
    font: inherit;
    font-weight: 600;
    line-height: 1.5;
    color: var(--_white);
    background: var(--_green);
    box-shadow: 0 4px #00401e;
    cursor: pointer;
    text-decoration: none;
  }
  button:hover {
    background: #00662f;
  }
  button.secondary {
    color: var(--_blue);
    background: var(--_white);
    border-color: var(--_blue);
    box-shadow: 0 4px var(--_blue);
  }
  button.secondary:hover {
    background: #e3ebf3;
  }
  button.warning {
    background: var(--_red);
    box-shadow: 0 4px #6b140e;
  }
  button.link {
    min-height: 0;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    box-shadow: none;
    color: var(--_blue);
    font-weight: 400;
    text-decoration: underline;
  }
  button:focus-visible,
  button.secondary:focus-visible,
  button.link:focus-visible {
    outline: 4px solid transparent;
    background: var(--_focus);
    color: var(--_text);
    border-color: var(--_focus);
    box-shadow: 0 4px var(--_text);
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    margin-bottom: 0.5rem;
  }
`;

/** Everything a view's shadow root adopts: the base (type, links, focus, forms, buttons) and the components. */
export const staffStyles = [baseStyles, componentStyles];
