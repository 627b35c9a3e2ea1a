import { css } from 'lit';
import { nhsFormStyles } from './nhs-form.styles.js';

/** The staff page's NHS-style form and error styles, plus radios, panels and keys for `<yyg-assisted-entry>`. */
export const assistedEntryStyles = [
  nhsFormStyles,
  css`
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    fieldset {
      margin: 0 0 1.5rem;
      padding: 0;
      border: 0;
    }
    legend {
      font-weight: 700;
      margin-bottom: 0.5rem;
    }
    .radio,
    .checkbox {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      margin-bottom: 0.5rem;
    }
    .radio input,
    .checkbox input {
      width: 32px;
      height: 32px;
      min-height: 0;
      margin: 0;
      flex: none;
      accent-color: var(--_text);
    }
    .radio label,
    .checkbox label {
      font-weight: 400;
    }
    .radio input:focus,
    .checkbox input:focus {
      box-shadow: 0 0 0 4px var(--_focus);
      outline: 3px solid var(--_text);
    }
    textarea {
      display: block;
      width: 100%;
      max-width: 40rem;
      min-height: 5rem;
      padding: 0.25rem 0.5rem;
      border: 2px solid var(--_secondary);
      font: inherit;
    }
    textarea:focus {
      outline: 4px solid transparent;
      border-color: var(--_text);
      box-shadow:
        inset 0 0 0 2px var(--_text),
        0 0 0 4px var(--_focus);
    }
    textarea[aria-invalid='true'] {
      border-color: var(--_error);
    }
    .input--short {
      max-width: 12rem;
    }
    .panel {
      background: #fff;
      padding: 1.5rem;
      margin-bottom: 1.5rem;
    }
    .panel--confirm {
      border: 4px solid #007f3b;
    }
    .panel--warning {
      border: 4px solid #ffeb3b;
      background: #fff9c4;
    }
    .count {
      font-size: 1.25rem;
      font-weight: 700;
    }
    kbd {
      font-family: inherit;
      font-weight: 700;
      padding: 0 0.25rem;
      border: 1px solid var(--_secondary);
      border-radius: 3px;
    }
    details summary {
      color: var(--_primary);
      cursor: pointer;
      text-decoration: underline;
    }
    details summary:focus-visible {
      outline: 4px solid transparent;
      background: var(--_focus);
      color: var(--_text);
    }
  `,
];
