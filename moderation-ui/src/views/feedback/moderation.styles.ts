import { css } from 'lit';

export const moderationStyles = css`
  .choice-hint {
    margin: -0.25rem 0 0.75rem 2.5rem;
    font-size: 1rem;
  }
  .redact {
    border-top: 1px solid var(--_grey-4);
    padding-top: 1rem;
    margin-bottom: 1rem;
  }
  .redact textarea {
    background: var(--_grey-5);
  }
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
    align-items: flex-start;
  }
  .inline input {
    flex: 1 1 16rem;
    margin-bottom: 1rem;
  }
  .words {
    margin-top: 0.5rem;
  }
  .spans {
    padding-left: 1.25rem;
  }
  .spans li {
    margin-bottom: 0.5rem;
  }
  .preview {
    background: var(--_grey-5);
    border-left: 8px solid var(--_blue);
    padding: 1rem 1.5rem 0.25rem;
    margin-bottom: 1.5rem;
  }
  .question {
    font-weight: 700;
  }
`;
