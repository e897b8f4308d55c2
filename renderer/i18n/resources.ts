/**
 * All translations, bundled (a desktop app has no server to fetch them from). The English files
 * define the keys; the unit tests check that Korean has exactly the same ones.
 */
import enActions from '../../locales/en/actions.json';
import enArchive from '../../locales/en/archive.json';
import enCommon from '../../locales/en/common.json';
import enEditor from '../../locales/en/editor.json';
import enExport from '../../locales/en/export.json';
import enLive from '../../locales/en/live.json';
import enMeetings from '../../locales/en/meetings.json';
import enMinutes from '../../locales/en/minutes.json';
import enRecord from '../../locales/en/record.json';
import enSettings from '../../locales/en/settings.json';
import enShell from '../../locales/en/shell.json';
import koActions from '../../locales/ko/actions.json';
import koArchive from '../../locales/ko/archive.json';
import koCommon from '../../locales/ko/common.json';
import koEditor from '../../locales/ko/editor.json';
import koExport from '../../locales/ko/export.json';
import koLive from '../../locales/ko/live.json';
import koMeetings from '../../locales/ko/meetings.json';
import koMinutes from '../../locales/ko/minutes.json';
import koRecord from '../../locales/ko/record.json';
import koSettings from '../../locales/ko/settings.json';
import koShell from '../../locales/ko/shell.json';
import type { Language } from '../domain/model';

const en = {
  common: enCommon,
  archive: enArchive,
  actions: enActions,
  meetings: enMeetings,
  minutes: enMinutes,
  record: enRecord,
  editor: enEditor,
  export: enExport,
  live: enLive,
  settings: enSettings,
  shell: enShell,
};

export type Resources = typeof en;
export type Namespace = keyof Resources;

export const resources: Record<Language, Resources> = {
  en,
  ko: {
    common: koCommon,
    archive: koArchive,
    actions: koActions,
    meetings: koMeetings,
    minutes: koMinutes,
    record: koRecord,
    editor: koEditor,
    export: koExport,
    live: koLive,
    settings: koSettings,
    shell: koShell,
  },
};

export const NAMESPACES = Object.keys(en) as Namespace[];

/** The procedural phrases a body starts with, in a minutes language (domain/phrases.ts). */
export function phraseDefaults(language: Language): readonly string[] {
  return resources[language].record.defaultPhrases;
}

/** The headings a 결재란 starts with, in a minutes language (domain/signature.ts). */
export function approvalBoxDefaults(language: Language): readonly string[] {
  return resources[language].record.defaultApprovalBoxes;
}
