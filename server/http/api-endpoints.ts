import { PITCH_LIMITS } from '@/lib/pitch/limits';

/**
 * Every API endpoint the front door lets through, one line each: its methods and the most body it
 * reads. The front door answers everything else (405 with `Allow`, 404, 413) before the route runs.
 */

/** A pitch file: 64 KiB. */
export const PITCH_BODY_BYTES = PITCH_LIMITS.requestBodyBytes;
/** A library backup, as the browser import takes it: 5 MiB. */
export const LIBRARY_BACKUP_BODY_BYTES = PITCH_LIMITS.importFileBytes;
/** A pitch with a .potx/.pptx template, multipart (docs/DESIGN.md, More endpoints): 20 MiB. */
export const TEMPLATE_UPLOAD_BODY_BYTES = 20 * 1024 * 1024;

export interface BodyLimit {
  bytes: number;
  what: string;
}

export interface ApiEndpoint {
  path: string;
  /** The methods its route handler answers (OPTIONS is added by the front door). */
  methods: readonly string[];
  /** The most body it reads, and what that body is (for the 413's message). */
  bodyLimit: BodyLimit;
  /** A multipart upload it takes, with its own limit; `live: false` until it is built. */
  multipart?: BodyLimit & { live: boolean };
  /** For a 405: how the endpoint is used. */
  usage: string;
  /** `false` while the endpoint is designed but not built: the front door answers 404. */
  live: boolean;
}

const pitchBody = { bytes: PITCH_BODY_BYTES, what: 'a pitch file' };

export const API_ENDPOINTS: readonly ApiEndpoint[] = [
  {
    path: '/api/validate',
    methods: ['POST'],
    bodyLimit: pitchBody,
    usage: 'POST a pitch file as JSON to get its advice.',
    live: true,
  },
  {
    path: '/api/draft',
    methods: ['POST'],
    bodyLimit: pitchBody,
    usage: 'POST a pitch file as JSON to draft its elevator pitch (query: style, target, lens, wpm).',
    live: true,
  },
  {
    path: '/api/export/pptx',
    methods: ['POST'],
    bodyLimit: pitchBody,
    usage: 'POST a pitch file as JSON to export a PowerPoint slide.',
    live: true,
    multipart: {
      bytes: TEMPLATE_UPLOAD_BODY_BYTES,
      what: 'a pitch with its template',
      live: false,
    },
  },
  {
    path: '/api/export/card',
    methods: ['POST'],
    bodyLimit: pitchBody,
    usage: 'POST a pitch file as JSON to export the memorization card.',
    live: true,
  },
  {
    path: '/api/export/portfolio',
    methods: ['POST'],
    bodyLimit: { bytes: LIBRARY_BACKUP_BODY_BYTES, what: 'a library backup' },
    usage: 'POST a library backup as JSON to export a portfolio slide (query: formula, base, rate).',
    live: true,
  },
];

/** The limit for a request to `endpoint` with this `Content-Type` (a live multipart upload has its own). */
export function bodyLimitFor(endpoint: ApiEndpoint, contentType: string | undefined): BodyLimit {
  const isMultipart = /^\s*multipart\/form-data\b/i.test(contentType ?? '');
  return isMultipart && endpoint.multipart?.live ? endpoint.multipart : endpoint.bodyLimit;
}

/** The live endpoint at `pathname` (one trailing slash tolerated), else undefined. */
export function findApiEndpoint(pathname: string): ApiEndpoint | undefined {
  const path = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  return API_ENDPOINTS.find((endpoint) => endpoint.live && endpoint.path === path);
}

/** `1 KiB`, `64 KiB`, `5 MiB`: how a limit is said in a message. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}
