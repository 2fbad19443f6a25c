import { data } from '@/lib/markup-contract';

/**
 * Where a page says which URL values it dropped ("ignored: basis=yearly"). The
 * notice is written here once, as a template; the page script
 * (browser/notice.ts) clones it and sets its text — never markup — and
 * Dismiss empties the slot. The overview and the embeds both use it.
 */
export function IgnoredParamsNotice({ className = '' }: { className?: string }) {
  return (
    <div className={className} {...data({ noticeHost: true })}>
      <template {...data({ noticeTemplate: true })}>
        <p role="status" className="notice" data-notice="ignored-params">
          <span {...data({ noticeText: true })} />
          <span className="text-muted"> — showing the rest of the view.</span>
          <button type="button" className="ml-2 underline" {...data({ noticeDismiss: true })}>
            Dismiss
          </button>
        </p>
      </template>
      <div className="empty:hidden" {...data({ noticeSlot: true })} />
    </div>
  );
}
