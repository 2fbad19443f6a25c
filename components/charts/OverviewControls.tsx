'use client';

/**
 * The overview's view state lives in the URL: which companies are shown, the
 * Stargate basis, the highlighted company, chart or table. Opening a URL
 * restores its view; each choice pushes a history entry (so Back steps through
 * choices) without a reload; unknown or malformed values are dropped, the URL
 * cleaned, and a notice says what was ignored — as text, never as markup.
 *
 * The chart, its switches and its table are server-rendered; this reads and
 * writes the URL and applies the state to them. A subset of companies swaps in
 * a pre-baked fragment of the same chart (public/charts/fragments/).
 */
import { useEffect, useRef, useState } from 'react';
import { retargetChartActions } from '@/components/charts/retarget-actions';
import { embedPath } from '@/lib/charts/export-paths';
import { chartKey, fragmentPath } from '@/lib/charts/keys';
import { PRIMARY_SLUGS, type PrimarySlug } from '@/lib/dataset/slugs';
import {
  DEFAULT_STATE,
  type IgnoredParam,
  type OverviewState,
  describeIgnored,
  keepChoicesMadeBeforeLoad,
  parseOverviewState,
  serializeOverviewState,
} from '@/lib/url-state';

interface Props {
  blockId: string;
  companies: { slug: PrimarySlug; name: string; colorToken: string }[];
  /** The page's canonical absolute URL, for "Copy link". */
  canonical: string;
}

function normalize(s: OverviewState): OverviewState {
  const companies = s.companies && s.companies.length < PRIMARY_SLUGS.length ? PRIMARY_SLUGS.filter((c) => s.companies!.includes(c)) : null;
  const highlight = s.highlight && (!companies || companies.includes(s.highlight)) ? s.highlight : null;
  return { ...s, companies, highlight };
}

export function OverviewControls({ blockId, companies, canonical }: Props) {
  const [state, setState] = useState<OverviewState>(DEFAULT_STATE);
  const [ignored, setIgnored] = useState<IgnoredParam[]>([]);
  const [ready, setReady] = useState(false);
  const current = useRef(state);
  const originals = useRef(new Map<string, { key: string; html: string }>());
  const fragments = useRef(new Map<string, Promise<string>>());
  const applied = useRef(0);

  const push = (patch: Partial<OverviewState>) => {
    const next = normalize({ ...current.current, ...patch });
    current.current = next;
    window.history.pushState(null, '', `${window.location.pathname}${serializeOverviewState(next)}`);
    setIgnored([]);
    setState(next);
  };

  // Read the URL on load and on Back/Forward; listen to the server-rendered switches.
  useEffect(() => {
    const block = document.getElementById(blockId);
    if (!block) return;
    block.querySelectorAll<HTMLElement>('.chart-variant').forEach((el) => {
      originals.current.set(el.dataset.variant!, { key: el.dataset.chartKey!, html: el.innerHTML });
    });
    const read = (onLoad: boolean) => {
      const search = window.location.search;
      const parsed = parseOverviewState(search);
      const picked = (name: string) => block.querySelector<HTMLInputElement>(`input[name="${blockId}-${name}"]:checked`)?.value;
      // On load, a switch flipped before the scripts arrived is kept, not reset; on Back/Forward the URL decides.
      const state = onLoad ? keepChoicesMadeBeforeLoad(parsed.state, search, { basis: picked('variant'), view: picked('view') }) : parsed.state;
      current.current = state;
      setState(state);
      setIgnored(parsed.ignored);
      const query = serializeOverviewState(state);
      if (parsed.ignored.length > 0 || query !== serializeOverviewState(parsed.state)) {
        window.history.replaceState(null, '', `${window.location.pathname}${query}${window.location.hash}`);
      }
    };
    const onPopState = () => read(false);
    read(true);
    setReady(true);
    const onChange = (e: Event) => {
      const input = e.target as HTMLInputElement;
      if (input.name === `${blockId}-variant`) push({ basis: input.value as OverviewState['basis'] });
      if (input.name === `${blockId}-view`) push({ view: input.value as OverviewState['view'] });
    };
    window.addEventListener('popstate', onPopState);
    block.addEventListener('change', onChange);
    return () => {
      window.removeEventListener('popstate', onPopState);
      block.removeEventListener('change', onChange);
    };
  }, [blockId]);

  // Apply the state to the server-rendered chart block.
  useEffect(() => {
    if (!ready) return;
    const block = document.getElementById(blockId);
    if (!block) return;
    const run = ++applied.current;
    const check = (name: string, value: string) => {
      const input = block.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
      if (input) input.checked = true;
    };
    check(`${blockId}-variant`, state.basis);
    check(`${blockId}-view`, state.view);

    const highlight = () =>
      block.querySelectorAll<SVGGElement>('.chart-row-group').forEach((g) => {
        if (state.highlight && g.dataset.entity !== state.highlight) g.setAttribute('data-dimmed', 'true');
        else g.removeAttribute('data-dimmed');
      });

    const swaps = [...block.querySelectorAll<HTMLElement>('.chart-variant')].map(async (el) => {
      const basis = el.dataset.variant as OverviewState['basis'];
      const original = originals.current.get(basis)!;
      const key = state.companies ? chartKey('capex-2025', { basis, highlight: null, entities: state.companies }) : original.key;
      if (el.dataset.chartKey === key) return;
      let html = original.html;
      if (key !== original.key) {
        if (!fragments.current.has(key)) {
          fragments.current.set(
            key,
            fetch(fragmentPath(key)).then((r) => {
              if (!r.ok) throw new Error(String(r.status));
              return r.text();
            }),
          );
        }
        html = await fragments.current.get(key)!;
      }
      if (run !== applied.current) return; // a newer choice has been made meanwhile
      el.innerHTML = html;
      el.dataset.chartKey = key;
    });
    Promise.all(swaps).then(
      () => run === applied.current && highlight(),
      () => {
        fragments.current.clear();
        setIgnored([{ key: 'companies', value: state.companies?.join(',') ?? '', reason: 'could not be loaded' }]);
      },
    );
    highlight();

    // Embed, downloads and Copy image follow the highlight; a subset of companies is not exported, as the block says.
    block.toggleAttribute('data-filtered', state.companies !== null);
    block.querySelectorAll<HTMLElement>('.chart-variant-actions').forEach((el) => {
      const basis = el.dataset.variant as OverviewState['basis'];
      const actions = el.querySelector<HTMLElement>('[data-chart-actions]');
      if (actions) retargetChartActions(actions, chartKey('capex-2025', { basis, highlight: state.highlight, entities: null }), embedPath('capex-2025', { basis, highlight: state.highlight }));
    });
  }, [state, ready, blockId]);

  const shown = state.companies ?? PRIMARY_SLUGS;
  const toggleCompany = (slug: PrimarySlug) => {
    const next = shown.includes(slug) ? shown.filter((s) => s !== slug) : [...shown, slug];
    if (next.length > 0) push({ companies: next });
  };

  return (
    <div className="mt-3 space-y-3" data-overview-controls={ready ? 'ready' : 'loading'}>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <fieldset className="segmented" data-control="companies" disabled={!ready}>
          <legend className="mr-2 text-sm text-muted">Show</legend>
          {companies.map((c) => (
            <label key={c.slug}>
              <input
                type="checkbox"
                name={`${blockId}-companies`}
                value={c.slug}
                checked={shown.includes(c.slug)}
                disabled={shown.length === 1 && shown.includes(c.slug)}
                onChange={() => toggleCompany(c.slug)}
              />
              <span>
                <i aria-hidden className="mr-1.5 inline-block size-2 rounded-sm align-middle" style={{ background: `var(${c.colorToken})` }} />
                {c.name}
              </span>
            </label>
          ))}
        </fieldset>
        <label className="flex items-center gap-2 text-sm text-muted">
          Highlight
          <select
            className="rounded-md border border-line bg-page px-2 py-1 text-sm text-ink"
            value={state.highlight ?? ''}
            disabled={!ready}
            onChange={(e) => push({ highlight: (e.target.value || null) as PrimarySlug | null })}
          >
            <option value="">None</option>
            {companies
              .filter((c) => shown.includes(c.slug))
              .map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.name}
                </option>
              ))}
          </select>
        </label>
        <button type="button" className="share-button" data-copy-url={canonical} data-copy-query={serializeOverviewState(state)}>
          Copy link to this view
        </button>
      </div>
      {ignored.length > 0 && (
        <p role="status" className="notice" data-notice="ignored-params">
          <span>{describeIgnored(ignored)}</span>
          <span className="text-muted"> — showing the rest of the view.</span>
          <button type="button" className="ml-2 underline" onClick={() => setIgnored([])}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
