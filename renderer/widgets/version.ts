declare const __APP_VERSION__: string;

/** The app's version (package.json), written into backups. */
export const APP_VERSION: string = __APP_VERSION__;
