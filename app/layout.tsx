import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import { ServiceWorkerRegistration } from '@/components/ui/service-worker-registration';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'One-Slide Pitch', template: '%s · One-Slide Pitch' },
  description: 'Turn your project into one executive slide and a 60-second pitch you can deliver from memory.',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f8fafc' },
    { media: '(prefers-color-scheme: dark)', color: '#0f172a' },
  ],
};

export default async function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  // Render per request so Next.js can put proxy.ts's CSP nonce on its scripts (static HTML has none).
  await connection();
  return (
    <html lang="en">
      <body className="min-h-dvh bg-slate-50 font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        {children}
        <ServiceWorkerRegistration />
      </body>
    </html>
  );
}
