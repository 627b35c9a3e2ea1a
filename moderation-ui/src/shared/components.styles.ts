import { css } from 'lit';

/**
 * NHS.UK components the views share: error summary, callouts and inset text, tags, tables and
 * summary lists, and patient text (which keeps its line breaks and never becomes markup).
 */
export const componentStyles = css`
  /* Error summary, as NHS.UK: red border, focused when it appears, links to the fields. */
  .error-summary {
    margin-bottom: 2rem;
    padding: 1rem 1.5rem;
    border: 4px solid var(--_red);
    background: var(--_white);
  }
  .error-summary:focus {
    outline: 4px solid var(--_focus);
    outline-offset: 0;
  }
  .error-summary h2 {
    font-size: 1.5rem;
  }
  .error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-summary li {
    margin-bottom: 0.5rem;
  }
  .error-summary a {
    color: var(--_red);
    font-weight: 700;
  }
  .error-summary a:focus-visible {
    color: var(--_text);
  }

  /* Panels, inset text and callouts */
  .card {
    background: var(--_white);
    padding: 1.5rem;
    margin-bottom: 1.5rem;
    border: 1px solid var(--_grey-4);
  }
  .inset {
    margin: 0 0 1.5rem;
    padding: 1rem 1.5rem;
    border-left: 8px solid var(--_blue);
    background: var(--_white);
  }
  .callout {
    margin: 0 0 1.5rem;
    padding: 1rem 1.5rem;
    border: 1px solid var(--_grey-4);
    border-left: 8px solid var(--_focus);
    background: #fff9c4;
  }
  .callout--success {
    border-left-color: var(--_green);
    background: #e5f2eb;
  }
  .callout--error {
    border-left-color: var(--_red);
    background: #fbe9e8;
  }
  .callout > :last-child,
  .inset > :last-child,
  .card > :last-child {
    margin-bottom: 0;
  }

  /* Tags (NHS.UK colour pairs) */
  .tag {
    display: inline-block;
    margin: 0 0.25rem 0.25rem 0;
    padding: 0.125rem 0.5rem;
    border: 1px solid;
    font-size: 0.875rem;
    font-weight: 600;
    line-height: 1.4;
  }
  .tag--blue {
    color: #002f5c;
    background: #d7e6f4;
    border-color: #002f5c;
  }
  .tag--white {
    color: var(--_text);
    background: var(--_white);
    border-color: var(--_text);
  }
  .tag--grey {
    color: #354550;
    background: #dbe0e3;
    border-color: #354550;
  }
  .tag--green {
    color: #004b23;
    background: #cce5d8;
    border-color: #004b23;
  }
  .tag--red {
    color: #6b140e;
    background: #f7d4d1;
    border-color: #6b140e;
  }
  .tag--yellow {
    color: #4d4000;
    background: #fff59d;
    border-color: #4d4000;
  }
  .tag--orange {
    color: #4d3708;
    background: #ffdc8e;
    border-color: #4d3708;
  }
  .tag--purple {
    color: #330072;
    background: #e4dbf0;
    border-color: #330072;
  }
  .plain-list {
    margin: 0 0 1.5rem;
    padding: 0;
    list-style: none;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    margin: 0 0 0.5rem;
    padding: 0;
    list-style: none;
  }

  /* Tables and summary lists */
  .table-scroll {
    overflow-x: auto;
    margin-bottom: 1.5rem;
  }
  .table-scroll:focus-visible {
    outline: 4px solid var(--_focus);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    background: var(--_white);
  }
  caption {
    text-align: left;
    font-weight: 700;
    font-size: 1.25rem;
    padding-bottom: 0.5rem;
  }
  th,
  td {
    padding: 0.5rem 1rem 0.5rem 0;
    border-bottom: 1px solid var(--_grey-4);
    text-align: left;
    vertical-align: top;
  }
  table.counts {
    max-width: 40rem;
  }
  td.number,
  th.number {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  dl.summary {
    display: grid;
    grid-template-columns: minmax(8rem, 14rem) 1fr;
    gap: 0.25rem 1rem;
    margin: 0 0 1.5rem;
  }
  dl.summary dt {
    font-weight: 700;
  }
  dl.summary dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  /* Patient text: wraps, keeps its line breaks, never becomes markup. */
  .patient-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  p.patient-text,
  .comment {
    margin: 0 0 1rem;
    overflow-wrap: anywhere;
  }
  .question {
    font-weight: 700;
  }
  mark {
    background: #fff59d;
    color: var(--_text);
    font-weight: 700;
    box-shadow: 0 2px var(--_text);
  }
  kbd {
    display: inline-block;
    min-width: 1.5em;
    padding: 0 0.3em;
    border: 1px solid var(--_secondary);
    border-radius: 3px;
    background: var(--_grey-5);
    font-family: inherit;
    font-weight: 700;
    text-align: center;
  }
  @media (max-width: 40rem) {
    dl.summary {
      grid-template-columns: 1fr;
    }
    h1 {
      font-size: 1.75rem;
    }
  }
  /* Modal dialogs (shortcut help, session time-out): NHS blue frame over a dimmed page. */
  dialog {
    max-width: 36rem;
    width: calc(100% - 2rem);
    border: 4px solid var(--_blue);
    padding: 1.5rem;
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
`;
