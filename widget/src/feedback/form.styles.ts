import { css, sheet } from './styles.js';

/** Form controls: radio groups, checkbox, text boxes, the language picker and buttons. */
export const formStyles = sheet(css`
  .language {
    text-align: end;
    margin-bottom: var(--_space);
  }
  .group,
  .section {
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .section {
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  .group--error {
    padding-inline-start: var(--_space);
    border-inline-start: 4px solid var(--_error);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend,
  .label {
    display: block;
    padding: 0;
    margin-bottom: 0.5rem;
    font-weight: 700;
  }
  .legend--large {
    font-size: 1.25em;
  }
  .error-message {
    color: var(--_error);
    font-weight: 700;
    margin-bottom: 0.5rem;
  }
  .options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
    column-gap: var(--_space);
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: 44px;
    margin-bottom: 0.5rem;
  }
  /* Native radios and checkboxes, drawn at 44px: they keep their system look in forced colours. */
  .option input {
    flex: none;
    width: 44px;
    height: 44px;
    margin: 0;
    accent-color: var(--_primary);
    cursor: pointer;
  }
  .option label {
    flex: 1;
    padding: 0.5rem 0;
    cursor: pointer;
  }
  textarea,
  .input,
  select {
    display: block;
    width: 100%;
    min-height: 44px;
    padding: 0.5rem;
    border: 2px solid var(--_border);
    border-radius: 0;
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
  }
  textarea {
    resize: vertical;
  }
  select {
    display: inline-block;
    width: auto;
    max-width: 100%;
    margin-inline-start: 0.5rem;
  }
  .group--error :is(textarea, .input) {
    border-color: var(--_error);
  }
  :is(textarea, .input, select):focus {
    outline: 4px solid transparent;
    border-color: var(--_text);
    box-shadow:
      inset 0 0 0 2px var(--_text),
      0 0 0 4px var(--_focus);
  }
  .option input:focus-visible {
    outline: 4px solid var(--_text);
    box-shadow: 0 0 0 8px var(--_focus);
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
`);
