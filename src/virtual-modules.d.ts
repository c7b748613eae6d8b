declare module 'virtual:broadsheet/settings' {
  const settings: import('./integrations/broadsheet/resolve').ResolvedSettings;
  export default settings;
}
