/** `virtual:broadsheet/settings`: the resolved settings, as a module pages import. */
import type { Plugin } from 'vite';
import type { ResolvedSettings } from './resolve';

export const SETTINGS_MODULE = 'virtual:broadsheet/settings';
const RESOLVED = `\0${SETTINGS_MODULE}`;

export function settingsModule(settings: ResolvedSettings): Plugin {
  return {
    name: 'broadsheet:settings',
    resolveId: (id) => (id === SETTINGS_MODULE ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? `export default ${JSON.stringify(settings)};` : undefined),
  };
}
