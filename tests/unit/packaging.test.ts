/**
 * The packaging configuration (build/electron-builder.json): the Electron fuses flipped in the
 * binary at packaging, so that the installed app cannot be turned into a Node runtime or a
 * debugging target, and runs only the code of its own integrity-checked archive.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const config = JSON.parse(readFileSync('build/electron-builder.json', 'utf8')) as {
  asar?: unknown;
  electronFuses?: Record<string, unknown>;
};
/** The option names electron-builder accepts for fuses (its FuseOptionsV1). */
const scheme = JSON.parse(readFileSync('node_modules/app-builder-lib/scheme.json', 'utf8')) as {
  definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
};

describe('Electron fuses', () => {
  it.each([
    ['runAsNode', false, 'ELECTRON_RUN_AS_NODE cannot turn the app into Node'],
    ['enableNodeOptionsEnvironmentVariable', false, 'NODE_OPTIONS is ignored'],
    ['enableNodeCliInspectArguments', false, '--inspect and SIGUSR1 open no inspector'],
    ['enableCookieEncryption', true, 'the cookie store is encrypted on disk'],
    ['enableEmbeddedAsarIntegrityValidation', true, 'app.asar is checked against its hash'],
    ['onlyLoadAppFromAsar', true, 'no app folder beside the archive is loaded instead'],
    ['grantFileProtocolExtraPrivileges', false, 'file:// pages get no more than in a browser'],
  ])('sets %s to %s: %s', (fuse, value) => {
    expect(Object.keys(scheme.definitions.FuseOptionsV1.properties)).toContain(fuse);
    expect(config.electronFuses?.[fuse]).toBe(value);
  });

  it('packs the app into the archive the integrity fuses check', () => {
    expect(config.asar).toBe(true);
  });
});
