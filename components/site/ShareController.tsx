'use client';

/**
 * "Copy link" everywhere: any button with data-copy-url (plus data-copy-query,
 * the overview's current state) copies that absolute URL. The clipboard API
 * first; a hidden textarea and execCommand where it is refused; and failing
 * both, the link is shown to copy by hand. The button says what happened.
 */
import { useEffect } from 'react';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

export function ShareController() {
  useEffect(() => {
    const status = document.getElementById('share-status');
    const onClick = async (e: MouseEvent) => {
      const button = e.target instanceof Element ? e.target.closest<HTMLButtonElement>('button[data-copy-url]') : null;
      if (!button) return;
      e.preventDefault();
      e.stopPropagation();
      const url = `${button.dataset.copyUrl}${button.dataset.copyQuery ?? ''}`;
      const label = button.dataset.label ?? button.textContent ?? '';
      button.dataset.label = label;
      const ok = await copy(url);
      button.textContent = ok ? 'Link copied' : 'Copy failed';
      button.dataset.copied = ok ? 'true' : 'false';
      if (status) status.textContent = ok ? `Link copied: ${url}` : `Could not copy. The link is ${url}`;
      window.setTimeout(() => {
        button.textContent = label;
        delete button.dataset.copied;
      }, 2500);
    };
    document.addEventListener('click', onClick, true);
    document.documentElement.dataset.share = 'ready';
    return () => document.removeEventListener('click', onClick, true);
  }, []);
  return null;
}
