/** Where the browser tests' Chromium comes from (scripts/lib/chromium.ts): CHROMIUM_PATH, the system, npm. */
import { describe, expect, it } from 'vitest';
import { NO_CHROMIUM, systemChromium } from '../../scripts/lib/chromium.ts';

describe('systemChromium', () => {
  it('takes CHROMIUM_PATH first, and refuses one that does not exist', () => {
    expect(systemChromium({ CHROMIUM_PATH: process.execPath })).toEqual({ executablePath: process.execPath, env: {}, source: 'CHROMIUM_PATH' });
    expect(() => systemChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).toThrow('CHROMIUM_PATH is set to /nonexistent/chromium, which does not exist.');
  });

  it('looks for no system browser with LINTAS_IGNORE_SYSTEM_CHROMIUM=1, so the npm one is used', () => {
    expect(systemChromium({ LINTAS_IGNORE_SYSTEM_CHROMIUM: '1' })).toBeNull();
  });

  it('says in one line how to get a browser when there is none', () => {
    expect(NO_CHROMIUM).not.toMatch(/\n/);
    expect(NO_CHROMIUM).toMatch(/npm install/);
    expect(NO_CHROMIUM).toMatch(/CHROMIUM_PATH/);
  });
});
