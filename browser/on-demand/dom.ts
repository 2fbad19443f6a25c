/** The DOM the renderer draws in, in the browser: the page's own document, and React DOM. */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { RenderDom } from '@/renderer/markup';

export const browserDom: RenderDom = { document, createRoot, flushSync };
