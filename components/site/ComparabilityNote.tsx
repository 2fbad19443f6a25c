
/** What the overview chart can and cannot compare, in four sentences. */
export function ComparabilityNote() {
  return (
    <aside className="rounded-xl border border-line bg-raised p-5 text-sm leading-relaxed" aria-labelledby="comparable-title">
      <h2 id="comparable-title" className="text-base font-semibold">
        What is comparable
      </h2>
      <ul className="mt-2 list-disc space-y-1.5 pl-5 text-muted">
        <li>
          <strong className="text-ink">Fiscal years.</strong> Microsoft’s plan covers its fiscal 2025, July 2024 to June 2025; the others are
          calendar 2025.
        </li>
        <li>
          <strong className="text-ink">Plans, not spending.</strong> These are announced intentions reported by the press. Amazon’s ~$100B is itself
          the press’s reading of one remark on an earnings call.
        </li>
        <li>
          <strong className="text-ink">AI’s share.</strong> The sources describe the money as going to AI and data centers, but none of the
          companies breaks out how much of its capex is AI.
        </li>
        <li>
          <strong className="text-ink">Stargate is different.</strong> It is a multi-year commitment by several backers, not one company’s annual
          budget: compare its yearly average, or switch to the total.
        </li>
      </ul>
      <p className="mt-3">
        <a href="/methodology">How the figures were distilled and checked</a>
      </p>
    </aside>
  );
}
