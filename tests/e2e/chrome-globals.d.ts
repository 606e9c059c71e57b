// The `chrome` global as seen inside extension contexts that tests evaluate code in (service worker,
// extension pages). Only what the tests use.
declare namespace chrome {
  namespace runtime {
    function sendMessage(message: unknown): Promise<unknown>;
    function getManifest(): {
      manifest_version: number;
      permissions?: string[];
      host_permissions?: string[];
      optional_host_permissions?: string[];
      [key: string]: unknown;
    };
  }
  namespace tabs {
    function query(queryInfo: { url?: string; active?: boolean }): Promise<{ id?: number; url?: string }[]>;
    function sendMessage(tabId: number, message: unknown): Promise<unknown>;
  }
  namespace i18n {
    function getMessage(name: string): string;
  }
  namespace storage {
    const local: {
      get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
      clear(): Promise<void>;
      getBytesInUse(keys: string | string[] | null): Promise<number>;
    };
  }
}
