/**
 * The parts of Cloudflare's Workers runtime (workerd) the edge host uses, declared here rather than by
 * @cloudflare/workers-types, whose global types would replace the DOM's for the whole project.
 */

/** workerd's streaming HTML rewriter: https://developers.cloudflare.com/workers/runtime-apis/html-rewriter/ */
interface RewrittenElement {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): RewrittenElement;
  removeAttribute(name: string): RewrittenElement;
  setInnerContent(content: string, options?: { html: boolean }): RewrittenElement;
  replace(content: string, options?: { html: boolean }): RewrittenElement;
  remove(): RewrittenElement;
}

interface RewrittenText {
  readonly text: string;
  readonly lastInTextNode: boolean;
  replace(content: string, options?: { html: boolean }): RewrittenText;
  remove(): RewrittenText;
}

interface ElementHandlers {
  element?(element: RewrittenElement): void | Promise<void>;
  text?(text: RewrittenText): void | Promise<void>;
}

declare class HTMLRewriter {
  on(selector: string, handlers: ElementHandlers): HTMLRewriter;
  transform(response: Response): Response;
}

/** workerd's default cache, beside the named ones: https://developers.cloudflare.com/workers/runtime-apis/cache/ */
interface CacheStorage {
  readonly default: Cache;
}

/** What a worker may do after answering: https://developers.cloudflare.com/workers/runtime-apis/context/ */
interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void;
}
