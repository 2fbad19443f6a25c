/**
 * The one script of every page (built by scripts/build-page-script.ts into
 * public/js/). The pages are complete HTML without it: the charts are baked
 * SVG and the switches are CSS. It only attaches behaviour, to what the page has.
 */
import { startCardController } from '@/components/charts/CardController';
import { startOverviewController } from '@/components/charts/OverviewController';
import { startEmbedController } from '@/components/embed/EmbedController';
import { startShareController } from '@/components/site/ShareController';

document.querySelectorAll<HTMLElement>('[data-embed-controller]').forEach(startEmbedController);
document.querySelectorAll<HTMLElement>('[data-overview-controls]').forEach(startOverviewController);
if (document.querySelector('.chart-row[data-figure-id]')) startCardController();
if (document.getElementById('share-status')) startShareController();
