/**
 * The one script of every page (built by scripts/build-page-script.ts into
 * public/js/). The pages are complete HTML without it: the charts are baked
 * SVG and the switches are CSS. It only attaches behaviour, to what the page has.
 */
import { fillAccessDates } from '@/browser/access-dates';
import { startCitationCards } from '@/browser/citation-cards';
import { startEmbed } from '@/browser/embed';
import { startOverview } from '@/browser/overview';
import { startShare } from '@/browser/share';

fillAccessDates(document);
document.querySelectorAll<HTMLElement>('[data-embed-reads]').forEach(startEmbed);
document.querySelectorAll<HTMLElement>('[data-overview-controls]').forEach(startOverview);
if (document.querySelector('.chart-row[data-figure-id]')) startCitationCards();
if (document.getElementById('share-status')) startShare();
