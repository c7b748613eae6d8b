interface ImportMetaEnv {
  /** True in pages and scripts served by `astro dev` (src/integrations/dev-server.ts). */
  readonly BROADSHEET_DEV_SERVER?: boolean;
}
