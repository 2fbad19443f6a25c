/**
 * The one script of every page (built by scripts/build-page-script.ts into
 * public/js/). The pages are complete HTML without it: the charts are baked
 * SVG and the switches are CSS. It attaches behaviour to what the page has,
 * and loads the rest (browser/on-demand/) when it is first used: the renderer
 * when a reader asks for a view the build did not draw, the citation cards
 * when they first reach for one. Each part marks <html> when it is ready
 * (data-cards, data-share, data-embed; the overview's controls mark themselves).
 */
import { fillAccessDates } from '@/browser/access-dates';
import { startCardsOnFirstUse } from '@/browser/cards-on-first-use';
import { startEmbed } from '@/browser/embed';
import { startOverview } from '@/browser/overview';
import { startShare } from '@/browser/share';
import { startOnDemandActions } from '@/browser/on-demand-actions';
import { startAsOfControls } from '@/browser/as-of-control';
import { loadOnDemand } from '@/browser/load-on-demand';
import { showView } from '@/browser/show-view';
import { holdFirstPaint, settleFirstPaint } from '@/browser/first-paint';
import { CLASS, select } from '@/lib/markup-contract';

fillAccessDates(document);
document.querySelectorAll<HTMLElement>(select('embedReads')).forEach(startEmbed);
document.querySelectorAll<HTMLElement>(select('overviewControls')).forEach(startOverview);
if (document.querySelector(`.${CLASS.row}${select('figureId')}`)) startCardsOnFirstUse();
if (document.getElementById('share-status')) startShare();
if (document.querySelector(`.${CLASS.chartBlock}`)) startOnDemandActions();
startAsOfControls();
// A page as of a day is drawn by code that comes on demand: today's pages never load it.
if (new URLSearchParams(window.location.search).has('asof')) {
  const release = holdFirstPaint();
  void loadOnDemand('asof')
    .then((m) => m.startAsOf(showView))
    .finally(release);
}
// Whatever the address asked for is on its way, or was dropped with the notice.
settleFirstPaint();
