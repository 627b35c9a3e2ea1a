import { css } from 'lit';

/** NHS-style form, error and table styles for the assisted-entry page (once the interim staff inbox's). */
export const nhsFormStyles = css`
  :host {
    --_primary: var(--yyg-color-primary, #005eb8);
    --_focus: var(--yyg-color-focus, #ffeb3b);
    --_text: #212b32;
    --_secondary: #4c6272;
    --_error: #d5281b;
    display: block;
    color: var(--_text);
    line-height: 1.5;
  }
  h2 {
    margin: 0 0 1rem;
    font-size: 1.5rem;
  }
  a {
    color: var(--_primary);
  }
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
  [tabindex='-1']:focus,
  .table-scroll:focus-visible {
    outline: 4px solid var(--_focus);
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
  .group {
    margin-bottom: 1.5rem;
  }
  .group--error {
    padding-left: 1rem;
    border-left: 4px solid var(--_error);
  }
  label {
    display: block;
    font-weight: 700;
  }
  .hint,
  .muted {
    color: var(--_secondary);
  }
  .error-message {
    margin: 0 0 0.5rem;
    color: var(--_error);
    font-weight: 700;
  }
  input {
    display: block;
    width: 100%;
    max-width: 30rem;
    min-height: 44px;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_secondary);
    font: inherit;
  }
  .input--code {
    max-width: 10rem;
    text-transform: uppercase;
  }
  input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  input:focus {
    outline: 4px solid transparent;
    border-color: var(--_text);
    box-shadow:
      inset 0 0 0 2px var(--_text),
      0 0 0 4px var(--_focus);
  }
  button {
    min-height: 44px;
    margin: 0 0.5rem 1rem 0;
    padding: 0.5rem 1.25rem;
    border: 0;
    border-radius: 4px;
    font: inherit;
    font-weight: 600;
    color: #fff;
    background: var(--_primary);
    box-shadow: 0 4px var(--_text);
    cursor: pointer;
  }
  button.secondary {
    color: var(--_primary);
    background: #fff;
    box-shadow:
      inset 0 0 0 2px var(--_primary),
      0 4px var(--_primary);
  }
  button[aria-disabled='true'] {
    cursor: progress;
  }
  .error-summary {
    margin-bottom: 1.5rem;
    padding: 1rem;
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
  .table-scroll {
    overflow-x: auto;
    margin-bottom: 1.5rem;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: left;
    font-weight: 700;
    padding-bottom: 0.5rem;
  }
  th,
  td {
    padding: 0.5rem 1rem 0.5rem 0;
    border-bottom: 1px solid #d8dde0;
    text-align: left;
    vertical-align: top;
  }
  .receipt {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .comment {
    min-width: 16rem;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  /* NHS tags: red for a safety flag, grey for a theme; both well over 4.5:1 contrast. */
  .tag {
    display: inline-block;
    margin: 0 0.25rem 0.25rem 0;
    padding: 0.125rem 0.5rem;
    border: 1px solid;
    font-size: 0.875rem;
    line-height: 1.4;
    white-space: normal;
  }
  .tag--flag {
    font-size: 1rem;
    color: #6b140e;
    background: #f7d4d1;
    border-color: #6b140e;
  }
  .tag--theme {
    color: #354550;
    background: #dbe0e3;
    border-color: #354550;
    font-weight: 400;
  }
  .flags {
    margin: 0 0 0.5rem;
    white-space: normal;
  }
  .themes {
    margin: 0;
    padding: 0;
    list-style: none;
    min-width: 10rem;
  }
  .row--flagged > th {
    box-shadow: inset 4px 0 var(--_error);
    padding-left: 0.75rem;
  }
  .row--linked {
    background: #fff9c4;
  }
`;
