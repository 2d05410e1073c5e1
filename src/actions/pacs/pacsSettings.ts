import { pacsServerSchema, type PacsServer } from '../../io';

/**
 * The configured DICOMweb server is kept in this browser's localStorage (the UI
 * says so: credentials included), never sent anywhere but to that server.
 */
const STORAGE_KEY = 'viable.pacs.server';

/** The saved server, or undefined when none is saved or the saved value is unreadable. */
export function loadPacsServer(storage: Pick<Storage, 'getItem'> = localStorage): PacsServer | undefined {
  try {
    const parsed = pacsServerSchema.safeParse(JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null'));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function savePacsServer(server: PacsServer, storage: Pick<Storage, 'setItem'> = localStorage): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(server));
}

export function forgetPacsServer(storage: Pick<Storage, 'removeItem'> = localStorage): void {
  storage.removeItem(STORAGE_KEY);
}
