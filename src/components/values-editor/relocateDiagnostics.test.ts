/** @jest-environment node */
import { serverOnlyDiagnostics } from './relocateDiagnostics';

describe('serverOnlyDiagnostics', () => {
  const at = (path: string, severity: 'error' | 'warning') => ({
    path,
    severity,
    code: 'unknown-key' as const,
    range: { start: { line: 2, column: 3 }, end: { line: 2, column: 6 } },
    message: '',
    params: {},
  });

  it('leaves out what the editor already reports the same way', () => {
    const server = [at('pilot.foo', 'error'), at('pilot.bar', 'error')];
    expect(serverOnlyDiagnostics(server, [at('pilot.foo', 'error')])).toEqual([server[1]]);
  });

  it('keeps the server error when the editor only warns about the key', () => {
    const server = [at('pilot.foo', 'error')];
    expect(serverOnlyDiagnostics(server, [at('pilot.foo', 'warning')])).toEqual(server);
  });
});
