/** The smallest page the site's stack can ship: no data, no charts, no client components of ours. */
export default function FloorPage() {
  return (
    <main>
      <h1>Framework floor</h1>
      <p>A Next.js page with nothing of the dashboard in it, built with the same Next.js and React and served by the same server, so the benchmark can tell what the framework alone costs from what a page adds.</p>
    </main>
  );
}
