import type { ReactNode } from 'react';

export const metadata = { title: 'Framework floor', description: 'The smallest Next.js page: the benchmark’s reference for what the framework alone costs.' };

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
