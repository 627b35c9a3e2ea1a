import { css } from 'lit';

/** The inbox's own layout: search row, filter grid, result cards, the shortcuts dialog. */
export const inboxStyles = css`
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0 0.75rem;
  }
  .search .group {
    flex: 0 1 32rem;
    margin-bottom: 1rem;
  }
  .search button {
    margin-bottom: 1.25rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 1rem;
  }
  .filters {
    background: #fff;
    border: 1px solid var(--_grey-4);
    padding: 1rem 1.5rem 0.5rem;
    margin-bottom: 1.5rem;
  }
  .filter-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
    gap: 0 2rem;
  }
  .dates {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5rem;
  }
  .dates .group {
    margin-bottom: 0.5rem;
  }
  .choice--small input {
    width: 24px;
    height: 24px;
  }
  .choice--small {
    margin-bottom: 0.25rem;
  }
  .count {
    font-variant-numeric: tabular-nums;
  }
  .total {
    font-size: 1.25rem;
    font-weight: 700;
  }
  .results {
    margin: 0 0 1.5rem;
    padding: 0;
    list-style: none;
  }
  .result {
    background: #fff;
    border: 1px solid var(--_grey-4);
    border-left: 6px solid var(--_grey-4);
    padding: 1rem 1.5rem 0.5rem;
    margin-bottom: 1rem;
  }
  .result--flagged {
    border-left-color: var(--_red);
  }
  .result--current {
    border-color: var(--_blue);
    border-left-color: var(--_blue);
    box-shadow: 0 0 0 2px var(--_blue);
  }
  .result h3 {
    margin-bottom: 0.5rem;
  }
  .question {
    font-weight: 700;
  }
  .meta {
    color: var(--_secondary);
    font-size: 1rem;
  }
  .shortcut-list {
    margin: 0 0 1rem;
    padding: 0;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    color: var(--_secondary);
    font-size: 1rem;
  }
  dialog table {
    margin-bottom: 1.5rem;
  }
`;
