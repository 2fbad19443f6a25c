/**
 * Where an embed says which URL values it ignored. Empty in the HTML; the
 * embed's script (EmbedController.ts) reads its settings from these attributes
 * and fills it.
 */
export function EmbedNoticeSlot({ blockId, comparesCompanies, fullViewPath }: { blockId: string; comparesCompanies: boolean; fullViewPath: string }) {
  return <div data-embed-controller data-block-id={blockId} data-compares-companies={String(comparesCompanies)} data-full-view-path={fullViewPath} />;
}
