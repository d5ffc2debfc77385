import type { Page } from 'playwright-core';

// Keyboard-only journeys on the citizen's pages: Tab from stop to stop, checking that every stop shows its focus.

export interface Focus {
  id: string;
  tag: string;
  name: string;
  type: string;
  text: string;
  /** a focus ring one can see: an outline that is drawn, or a box shadow (on the control or its label) */
  visible: boolean;
}

/** What has focus now, and whether it shows it. */
export function focus(page: Page): Promise<Focus> {
  return page.locator('html').evaluate((html) => {
    const doc = html.ownerDocument;
    const el = doc.activeElement as unknown as {
      id: string;
      tagName: string;
      textContent: string | null;
      getAttribute(n: string): string | null;
    } | null;
    if (!el || el === (doc.body as unknown))
      return { id: '', tag: 'BODY', name: '', type: '', text: '', visible: false };
    const ring = (node: unknown) => {
      const style = doc.defaultView!.getComputedStyle(node as never);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      return outline || (style.boxShadow !== 'none' && style.boxShadow !== '');
    };
    // a radio drawn as a button shows its focus on the label around it (label:focus-within)
    const label = (el as unknown as { closest(s: string): unknown }).closest('label');
    return {
      id: el.id,
      tag: el.tagName,
      name: el.getAttribute('name') ?? '',
      type: el.getAttribute('type') ?? '',
      text: (el.textContent ?? '').trim(),
      visible: ring(el) || (label !== null && ring(label)),
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element fits `wanted`, checking at every stop on the way that the
 * focus can be seen. Fails when it is not reached within `max` presses: a keyboard user could not get there.
 */
export async function tabTo(
  page: Page,
  wanted: (f: Focus) => boolean,
  what: string,
  opts: { back?: boolean; max?: number } = {},
) {
  const passed: string[] = [];
  for (let i = 0; i < (opts.max ?? 40); i++) {
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
    const f = await focus(page);
    const label = `${f.tag}#${f.id || f.name || f.text.slice(0, 30)}`;
    if (f.tag !== 'BODY') expect([label, f.visible]).toEqual([label, true]);
    if (wanted(f)) return f;
    passed.push(label);
  }
  throw new Error(`${what} not reached with the keyboard; focus passed ${passed.join(', ')}`);
}
export const byId = (id: string) => (f: Focus) => f.id === id;
export const byText = (text: string) => (f: Focus) => f.text === text;
