/**
 * The name of a switch (a fieldset of radios or checkboxes), shown beside its
 * buttons. The <legend> names the group for assistive technology but is
 * visually hidden, and the visible name is a plain span in the row of buttons:
 * WebKit draws a fieldset's legend on a line of its own whatever its float,
 * so a visible legend sat above the buttons in Safari, beside them elsewhere.
 */
export function SwitchLegend({ children }: { children: string }) {
  return (
    <>
      <legend className="sr-only">{children}</legend>
      <span className="switch-name mr-2 text-sm text-muted" aria-hidden="true">
        {children}
      </span>
    </>
  );
}
