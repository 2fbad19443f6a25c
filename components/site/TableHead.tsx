/** The header row of the site's small reference tables (the methodology's and the sources' pages): one cell a column. */
export function TableHead({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr className="border-b border-line text-left text-xs text-muted">
        {columns.map((column, i) => (
          <th key={column} scope="col" className={`py-1.5 font-medium${i < columns.length - 1 ? ' pr-3' : ''}`}>
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
