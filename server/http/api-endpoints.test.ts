import { describe, expect, test } from 'vitest';
import { API_ENDPOINTS, bodyLimitFor, findApiEndpoint, formatBytes } from './api-endpoints';

const endpoint = (path: string) => API_ENDPOINTS.find((e) => e.path === path)!;

describe('body limits, per endpoint', () => {
  test.each([
    ['/api/validate', '64 KiB'],
    ['/api/export/pptx', '64 KiB'],
    ['/api/export/card', '64 KiB'],
    ['/api/draft', '64 KiB'],
    ['/api/export/portfolio', '5 MiB'],
  ])('%s reads at most %s', (path, limit) => {
    expect(formatBytes(endpoint(path).bodyLimit.bytes)).toBe(limit);
  });

  test('the PPTX export names 20 MiB for a template upload, and keeps 64 KiB until that upload is built', () => {
    const pptx = endpoint('/api/export/pptx');
    expect(formatBytes(pptx.multipart!.bytes)).toBe('20 MiB');
    expect(bodyLimitFor(pptx, 'multipart/form-data; boundary=x').bytes).toBe(64 * 1024);
    expect(
      bodyLimitFor(
        { ...pptx, multipart: { ...pptx.multipart!, live: true } },
        'Multipart/Form-Data; boundary=x',
      ).bytes,
    ).toBe(20 * 1024 * 1024);
  });

  test('the portfolio export is live; a path with no endpoint is not found', () => {
    expect(findApiEndpoint('/api/export/portfolio')?.methods).toEqual(['POST']);
    expect(findApiEndpoint('/api/export/slides')).toBeUndefined();
    expect(findApiEndpoint('/api/validate/')?.path).toBe('/api/validate');
  });
});
